namespace ThiDuaBot.Cards;

/// <summary>
/// Every sentence the bot says, in one language. <see cref="Vi"/> is the reference text; <see cref="En"/>
/// must hold the same keys. Builders take a <see cref="Strings"/> so a card never mixes languages.
/// </summary>
public sealed record Strings
{
    public required Language Language { get; init; }
    public required string BotName { get; init; }
    public required string HelpTitle { get; init; }
    public required string HelpIntro { get; init; }
    public required string HelpCommandsHeading { get; init; }
    public required string HelpTypingTip { get; init; }
    public required string HelpChannelTip { get; init; }
    public required string HelpCommandWord { get; init; }
    public required string HelpCommandDescription { get; init; }
    /// <summary>Answer to text the bot does not understand. {0} is what the person typed.</summary>
    public required string UnknownCommand { get; init; }
    /// <summary>Welcome posted in a team channel when the bot is added. {0} is the team name.</summary>
    public required string TeamWelcome { get; init; }
    public required string TeamWelcomeNoName { get; init; }
    /// <summary>Welcome sent in a personal chat when the bot is installed for a person. {0} is the name.</summary>
    public required string PersonalWelcome { get; init; }
    public required string PersonalWelcomeNoName { get; init; }
    public required string UnknownCardAction { get; init; }
    public required string SomethingWentWrong { get; init; }
    public required string PledgeIndividualHeading { get; init; }
    public required string PledgeCollectiveHeading { get; init; }
    public required string PledgeName { get; init; }
    public required string PledgeUnit { get; init; }
    public required string PledgeUnitHead { get; init; }
    public required string PledgeDeadline { get; init; }
    public required string PledgeTitleLabel { get; init; }
    public required string PledgeCollectiveTitleLabel { get; init; }
    public required string PledgeTitlePlaceholder { get; init; }
    public required string PledgeAreasLabel { get; init; }
    public required string PledgeCollectiveAreasLabel { get; init; }
    public required string PledgeTargetsLabel { get; init; }
    public required string PledgeCollectiveTargetsLabel { get; init; }
    public required string PledgeTargetsPlaceholder { get; init; }
    public required string PledgeInitiativesLabel { get; init; }
    public required string PledgeInitiatives { get; init; }
    public required string PledgeCollectiveInitiativesLabel { get; init; }
    public required string PledgeCommitmentLabel { get; init; }
    public required string PledgeCollectiveCommitmentLabel { get; init; }
    public required string PledgeCommitmentPlaceholder { get; init; }
    public required string PledgeSubmit { get; init; }
    public required string PledgeEdit { get; init; }
    public required string PledgeAreasHeading { get; init; }
    public required string PledgeVersion { get; init; }
    public required string PledgeSavedAt { get; init; }
    public required string PledgeSavedBy { get; init; }
    /// <summary>{0}: the deadline (dd/MM/yyyy).</summary>
    public required string PledgeEditableUntil { get; init; }
    /// <summary>{0}: the deadline (dd/MM/yyyy).</summary>
    public required string PledgeFinal { get; init; }
    /// <summary>{0}: version number.</summary>
    public required string PledgeSaved { get; init; }
    public required string PledgeUnchanged { get; init; }
    public required string PledgeAlreadySaved { get; init; }
    /// <summary>{0}: the previous version number.</summary>
    public required string PledgeChangesHeading { get; init; }
    /// <summary>{0}: title before, {1}: title after.</summary>
    public required string PledgeChangedTitle { get; init; }
    /// <summary>{0}: content area titles.</summary>
    public required string PledgeChangedAreasAdded { get; init; }
    /// <summary>{0}: content area titles.</summary>
    public required string PledgeChangedAreasRemoved { get; init; }
    public required string PledgeChangedTargets { get; init; }
    /// <summary>{0}: what is counted, {1}: before, {2}: after.</summary>
    public required string PledgeChangedNumber { get; init; }
    public required string PledgeChangedCommitment { get; init; }
    public required string PledgeNotGiven { get; init; }
    public required string PledgeErrorsHeading { get; init; }
    public required string PledgeTitleRequired { get; init; }
    public required string PledgeTitleUnknown { get; init; }
    public required string PledgeAreasRequired { get; init; }
    public required string PledgeAreasUnknown { get; init; }
    public required string PledgeTargetsRequired { get; init; }
    /// <summary>{0}: length, {1}: the limit.</summary>
    public required string PledgeTargetsTooLong { get; init; }
    public required string PledgeCommitmentRequired { get; init; }
    /// <summary>{0}: length, {1}: the limit.</summary>
    public required string PledgeCommitmentTooLong { get; init; }
    /// <summary>{0}: what is counted, {1}: the largest number allowed.</summary>
    public required string PledgeNumberInvalid { get; init; }
    public required string PledgeTextCut { get; init; }
    public required string PledgeNotOnRoster { get; init; }
    public required string PledgeNotYours { get; init; }
    public required string PledgeNotUnitHead { get; init; }
    public required string PledgeOtherCampaign { get; init; }
    public required string PledgeCampaignUpdated { get; init; }
    /// <summary>{0}: the deadline (dd/MM/yyyy).</summary>
    public required string PledgeDeadlinePassed { get; init; }
    /// <summary>{0}: the deadline (dd/MM/yyyy).</summary>
    public required string PledgeDeadlinePassedNotPledged { get; init; }
    public required string PledgeNoCampaign { get; init; }
    public required string PledgeOnlyPersonalChat { get; init; }
    public required string PledgeConflict { get; init; }
    public required string PledgeCommandWord { get; init; }
    public required string PledgeCommandDescription { get; init; }
    public required string PledgeStatusCommandWord { get; init; }
    public required string PledgeStatusCommandDescription { get; init; }
    /// <summary>{0}: date (dd/MM/yyyy), {1}: version, {2}: title.</summary>
    public required string PledgeStatusPledged { get; init; }
    /// <summary>{0}: the deadline (dd/MM/yyyy).</summary>
    public required string PledgeStatusNotYet { get; init; }
    /// <summary>{0}: the deadline (dd/MM/yyyy).</summary>
    public required string PledgeStatusMissed { get; init; }
    /// <summary>{0}: unit, {1}: date, {2}: version, {3}: title.</summary>
    public required string PledgeStatusUnitPledged { get; init; }
    /// <summary>{0}: unit, {1}: the deadline.</summary>
    public required string PledgeStatusUnitNotYet { get; init; }
    /// <summary>{0}: unit, {1}: the deadline.</summary>
    public required string PledgeStatusUnitMissed { get; init; }
    /// <summary>{0}: the deadline (dd/MM/yyyy).</summary>
    public required string PledgeStatusEditable { get; init; }
    public required string PledgeStatusFinal { get; init; }
    // Pledge reminders, the unit roll-up (đơn vị) and nudges.
    /// <summary>{0}: the deadline (dd/MM/yyyy), {1}: days left.</summary>
    public required string PledgeReminderDaysLeft { get; init; }
    /// <summary>{0}: the deadline (dd/MM/yyyy), which is today.</summary>
    public required string PledgeReminderLastDay { get; init; }
    /// <summary>{0}: the deadline (dd/MM/yyyy), {1}: days left.</summary>
    public required string PledgeReminderUnitDaysLeft { get; init; }
    /// <summary>{0}: the deadline (dd/MM/yyyy), which is today.</summary>
    public required string PledgeReminderUnitLastDay { get; init; }
    /// <summary>{0}: the unit head's name, {1}: the deadline (dd/MM/yyyy), {2}: days left.</summary>
    public required string PledgeNudgeDaysLeft { get; init; }
    /// <summary>{0}: the unit head's name, {1}: the deadline (dd/MM/yyyy), which is today.</summary>
    public required string PledgeNudgeLastDay { get; init; }
    public required string UnitCommandWord { get; init; }
    public required string UnitCommandDescription { get; init; }
    public required string UnitRollupTitle { get; init; }
    public required string UnitRollupIndividuals { get; init; }
    public required string UnitRollupCollective { get; init; }
    public required string UnitRollupCollectiveNotYet { get; init; }
    /// <summary>{0}: how many.</summary>
    public required string UnitRollupNotPledgedHeading { get; init; }
    /// <summary>{0}: how many.</summary>
    public required string UnitRollupPledgedHeading { get; init; }
    public required string UnitRollupEveryonePledged { get; init; }
    public required string UnitRollupNoMembers { get; init; }
    /// <summary>{0}: time and date (HH:mm dd/MM/yyyy).</summary>
    public required string UnitRollupShownAt { get; init; }
    public required string UnitNudge { get; init; }
    public required string UnitNudgeAll { get; init; }
    public required string UnitRefresh { get; init; }
    public required string UnitRoundNotLaunched { get; init; }
    /// <summary>{0}: the deadline (dd/MM/yyyy).</summary>
    public required string UnitRoundClosed { get; init; }
    public required string UnitCampaignClosed { get; init; }
    public required string UnitNotHead { get; init; }
    public required string UnitOtherCampaign { get; init; }
    /// <summary>{0}: the person named on the button.</summary>
    public required string UnitNudgeNotInUnit { get; init; }
    /// <summary>{0}: how many, {1}: their names.</summary>
    public required string UnitNudged { get; init; }
    /// <summary>{0}: names.</summary>
    public required string UnitNudgeSkippedPledged { get; init; }
    /// <summary>{0}: names.</summary>
    public required string UnitNudgeSkippedToday { get; init; }
    /// <summary>{0}: the campaign's maximum of reminders, {1}: names.</summary>
    public required string UnitNudgeSkippedCap { get; init; }
    /// <summary>{0}: names.</summary>
    public required string UnitNudgeSkippedUnreachable { get; init; }
    public required string UnitNudgeNobody { get; init; }
    /// <summary>{0}: the first names, {1}: how many more.</summary>
    public required string UnitNamesAndMore { get; init; }
    public required string RoleStaff { get; init; }
    public required string RoleUnitHead { get; init; }
    public required string RoleLeadership { get; init; }
    public required string RoleCouncilMember { get; init; }
    public required string RoleCouncilSecretary { get; init; }
    /// <summary>Refusal when the caller lacks the role. {0}: who may do it (role names joined).</summary>
    public required string NotAllowed { get; init; }
    public required string Or { get; init; }
    /// <summary>{0}: channel name, {1}: team name.</summary>
    public required string SetupCouncilChannelDone { get; init; }
    public required string SetupCouncilChannelAlready { get; init; }
    /// <summary>{0}: the team of the previous council channel.</summary>
    public required string SetupCouncilChannelMoved { get; init; }
    public required string SetupWhere { get; init; }
    public required string GeneralChannelName { get; init; }
    public required string AdminTitle { get; init; }
    public required string AdminCouncilChannel { get; init; }
    public required string AdminCouncilChannelNotSet { get; init; }
    public required string AdminCampaign { get; init; }
    public required string AdminCampaignNotLoaded { get; init; }
    /// <summary>{0}: version number, {1}: date loaded (dd/MM/yyyy).</summary>
    public required string AdminCampaignVersion { get; init; }
    public required string AdminRoster { get; init; }
    /// <summary>{0}: units, {1}: people.</summary>
    public required string AdminRosterCounts { get; init; }
    public required string AdminPhases { get; init; }
    public required string PhaseNotStarted { get; init; }
    public required string PhaseActive { get; init; }
    public required string PhaseClosed { get; init; }
    public required string AdminLoadSample { get; init; }
    public required string AdminLoadText { get; init; }
    public required string AdminLoadTextLabel { get; init; }
    public required string AdminLoadTextSubmit { get; init; }
    public required string AdminImportGraph { get; init; }
    public required string AdminImportCsv { get; init; }
    public required string AdminImportCsvLabel { get; init; }
    public required string AdminImportCsvSubmit { get; init; }
    public required string AdminStatus { get; init; }
    public required string AdminInstallMissing { get; init; }
    public required string AdminPhaseLabel { get; init; }
    public required string AdminPhaseStart { get; init; }
    public required string AdminPhaseClose { get; init; }
    public required string AdminFileTip { get; init; }
    public required string AdminBack { get; init; }
    public required string StatusTitle { get; init; }
    public required string StatusNoCampaign { get; init; }
    public required string StatusReachPersonal { get; init; }
    public required string StatusReachTeam { get; init; }
    public required string StatusInstallPending { get; init; }
    public required string StatusUnreachable { get; init; }
    public required string StatusByUnit { get; init; }
    public required string StatusUnreachableHeading { get; init; }
    /// <summary>{0}: how many more are not listed.</summary>
    public required string StatusAndMore { get; init; }
    public required string StatusPendingHeading { get; init; }
    /// <summary>{0}: date of the request (dd/MM/yyyy).</summary>
    public required string PendingRequested { get; init; }
    /// <summary>{0}: date of the request (dd/MM/yyyy).</summary>
    public required string PendingAlreadyInstalled { get; init; }
    public required string ReasonNoAccountLink { get; init; }
    public required string ReasonNotInstalled { get; init; }
    public required string ReasonUninstalled { get; init; }
    public required string NoUnit { get; init; }
    /// <summary>{0}: title, {1}: version.</summary>
    public required string CampaignLoaded { get; init; }
    public required string CampaignUnchanged { get; init; }
    public required string CampaignRefused { get; init; }
    /// <summary>{0}: how many more problems are not shown.</summary>
    public required string MoreProblems { get; init; }
    public required string CampaignConflict { get; init; }
    public required string CampaignChangesHeading { get; init; }
    public required string CampaignOrphanWarning { get; init; }
    /// <summary>{0}: title of the campaign that was running before.</summary>
    public required string CampaignNowActive { get; init; }
    /// <summary>{0}: people, {1}: units copied.</summary>
    public required string RosterCopied { get; init; }
    public required string PasteSomething { get; init; }
    public required string PastedTooLongToShow { get; init; }
    public required string NoActiveCampaign { get; init; }
    public required string PhaseUnknown { get; init; }
    /// <summary>{0}: phase name.</summary>
    public required string PhaseStarted { get; init; }
    public required string PhaseClosedNow { get; init; }
    public required string PhaseAlreadyActive { get; init; }
    public required string PhaseAlreadyClosed { get; init; }
    public required string PhaseNotActive { get; init; }
    /// <summary>{0}: the phase that is running.</summary>
    public required string PhaseOtherActive { get; init; }
    public required string PhaseChangedMeanwhile { get; init; }
    /// <summary>{0} added, {1} changed, {2} left, {3} unchanged, {4} rows skipped.</summary>
    public required string RosterImported { get; init; }
    public required string RosterNothingChanged { get; init; }
    public required string RosterRefused { get; init; }
    public required string RosterAddedHeading { get; init; }
    public required string RosterChangedHeading { get; init; }
    public required string RosterLeftHeading { get; init; }
    public required string RosterRejectedHeading { get; init; }
    /// <summary>{0}: line number, {1}: the problem.</summary>
    public required string RosterRejectedLine { get; init; }
    /// <summary>{0}: unit names.</summary>
    public required string RosterUnitsAdded { get; init; }
    public required string RosterUnitsDeactivated { get; init; }
    /// <summary>{0}: sign-in names.</summary>
    public required string RosterSecretariesMissing { get; init; }
    /// <summary>{0}: disabled, {1}: guests, {2}: other departments.</summary>
    public required string RosterGraphSkipped { get; init; }
    public required string RosterGraphNoManagers { get; init; }
    public required string FileNotUnderstood { get; init; }
    public required string FileTooLarge { get; init; }
    public required string FileNotDownloaded { get; init; }
    public required string FilesOnlyInPersonalChat { get; init; }
    /// <summary>{0}: people Graph accepted the install for.</summary>
    public required string InstallRequested { get; init; }
    /// <summary>{0}: people Graph said already have it.</summary>
    public required string InstallAlreadyInstalled { get; init; }
    public required string InstallNobodyToAsk { get; init; }
    /// <summary>{0}: people asked for in the last 24 hours.</summary>
    public required string InstallRecentlyRequested { get; init; }
    /// <summary>{0}: people who removed ThiDuaBot themselves.</summary>
    public required string InstallSkippedUninstalled { get; init; }
    /// <summary>{0}: how many, {1}: their names.</summary>
    public required string InstallNoAccountLink { get; init; }
    /// <summary>{0}: how many failed.</summary>
    public required string InstallFailedHeading { get; init; }
    public required string InstallFailedNotFound { get; init; }
    public required string InstallFailedRefused { get; init; }
    public required string InstallFailedInvalidId { get; init; }
    public required string InstallFailedNoAnswer { get; init; }
    /// <summary>{0}: HTTP status.</summary>
    public required string InstallFailedOther { get; init; }
    /// <summary>{0}: HTTP status.</summary>
    public required string InstallPermissionMissing { get; init; }
    public required string InstallNotConfigured { get; init; }
    /// <summary>{0}: people not asked because the batch stopped.</summary>
    public required string InstallNotAsked { get; init; }
    /// <summary>{0}: people left for the next press.</summary>
    public required string InstallMoreToAsk { get; init; }
    public required string AdminPledgeRound { get; init; }
    /// <summary>{0}: the pledge deadline.</summary>
    public required string AdminPledgeNotLaunched { get; init; }
    /// <summary>{0}: when, {1}: cards sent, {2}: cards in the round, {3}: people not reachable, {4}: deadline.</summary>
    public required string AdminPledgeLaunched { get; init; }
    /// <summary>{0}: the pledge deadline.</summary>
    public required string AdminPledgeDeadlinePassed { get; init; }
    public required string AdminLaunch { get; init; }
    public required string AdminLaunchTopUp { get; init; }
    /// <summary>{0}: cards queued, {1}: people, {2}: people not reachable.</summary>
    public required string LaunchStarted { get; init; }
    /// <summary>{0}: new cards queued, {1}: cards already in the round (not sent again), {2}: people not reachable.</summary>
    public required string LaunchToppedUp { get; init; }
    /// <summary>{0}: people not reachable.</summary>
    public required string LaunchNothingNew { get; init; }
    /// <summary>{0}: the pledge deadline.</summary>
    public required string LaunchDeadlinePassed { get; init; }
    public required string LaunchCampaignClosed { get; init; }
    public required string LaunchNobody { get; init; }
    public required string LaunchCardTitle { get; init; }
    public required string LaunchBy { get; init; }
    public required string LaunchAt { get; init; }
    /// <summary>{0}: local time of the last update.</summary>
    public required string LaunchRunning { get; init; }
    /// <summary>{0}: local time.</summary>
    public required string LaunchDone { get; init; }
    public required string LaunchCards { get; init; }
    public required string LaunchSent { get; init; }
    public required string LaunchWaiting { get; init; }
    public required string LaunchNotDelivered { get; init; }
    public required string LaunchUncertain { get; init; }
    public required string LaunchNotReachedCount { get; init; }
    public required string LaunchNotDeliveredHeading { get; init; }
    public required string LaunchNotReachedHeading { get; init; }
    /// <summary>{0}: people not listed.</summary>
    public required string LaunchMore { get; init; }
    public required string LaunchHint { get; init; }
    public required string LaunchRefresh { get; init; }
    public required string LaunchReasonRemoved { get; init; }
    /// <summary>{0}: the technical reason.</summary>
    public required string LaunchReasonFailed { get; init; }
    public required string LaunchReasonUncertain { get; init; }
    public required string LaunchReasonPending { get; init; }
    public required string LaunchNoLaunch { get; init; }
    /// <summary>{0}: people on the roster.</summary>
    public required string AdminLaunchConfirm { get; init; }
    public required string AdminLaunchGo { get; init; }
    /// <summary>{0}: cards queued for people added or changed by the import.</summary>
    public required string LaunchSentToNewPeople { get; init; }
    public required string PledgeRefresh { get; init; }
    /// <summary>{0}: the month (MM/yyyy).</summary>
    public required string ProgressHeading { get; init; }
    public required string ProgressStatusNotStarted { get; init; }
    public required string ProgressStatusInProgress { get; init; }
    public required string ProgressStatusDone { get; init; }
    public required string ProgressStatusBlocked { get; init; }
    public required string ProgressStatusPlaceholder { get; init; }
    public required string ProgressNotReported { get; init; }
    public required string ProgressAchievedPlaceholder { get; init; }
    public required string ProgressAreasHeading { get; init; }
    public required string ProgressGoodDeedHeading { get; init; }
    public required string ProgressGoodDeedAboutLabel { get; init; }
    public required string ProgressGoodDeedSelf { get; init; }
    public required string ProgressGoodDeedColleague { get; init; }
    public required string ProgressGoodDeedNameLabel { get; init; }
    public required string ProgressGoodDeedTextLabel { get; init; }
    /// <summary>{0}: the reporter's name.</summary>
    public required string ProgressGoodDeedAboutSelf { get; init; }
    /// <summary>{0}: the colleague's name.</summary>
    public required string ProgressGoodDeedAboutColleague { get; init; }
    public required string ProgressSubmit { get; init; }
    public required string ProgressEdit { get; init; }
    public required string ProgressEditable { get; init; }
    public required string ProgressFinal { get; init; }
    /// <summary>{0}: version number.</summary>
    public required string ProgressSaved { get; init; }
    public required string ProgressUnchanged { get; init; }
    public required string ProgressAlreadySaved { get; init; }
    public required string ProgressErrorsHeading { get; init; }
    public required string ProgressNothingReported { get; init; }
    /// <summary>{0}: content area titles.</summary>
    public required string ProgressStatusUnknown { get; init; }
    /// <summary>{0}: content area titles.</summary>
    public required string ProgressStatusMissing { get; init; }
    /// <summary>{0}: content area title, {1}: length, {2}: limit.</summary>
    public required string ProgressAchievedTooLong { get; init; }
    /// <summary>{0}: length, {1}: limit.</summary>
    public required string ProgressAchievedTotalTooLong { get; init; }
    /// <summary>{0}: length, {1}: limit.</summary>
    public required string ProgressGoodDeedTooLong { get; init; }
    /// <summary>{0}: limit.</summary>
    public required string ProgressGoodDeedNameTooLong { get; init; }
    public required string ProgressGoodDeedNameRequired { get; init; }
    public required string ProgressGoodDeedTextRequired { get; init; }
    public required string ProgressGoodDeedAboutUnknown { get; init; }
    public required string ProgressTextCut { get; init; }
    public required string ProgressNoPledge { get; init; }
    public required string ProgressNotYours { get; init; }
    public required string ProgressOtherCampaign { get; init; }
    public required string ProgressBadMonth { get; init; }
    /// <summary>{0}: the month (MM/yyyy).</summary>
    public required string ProgressMonthFuture { get; init; }
    /// <summary>{0}: the month (MM/yyyy).</summary>
    public required string ProgressMonthOutsidePhases { get; init; }
    /// <summary>{0}: the month (MM/yyyy), {1}: the phase.</summary>
    public required string ProgressPhaseClosed { get; init; }
    /// <summary>{0}: the month (MM/yyyy).</summary>
    public required string ProgressUnitMonthClosed { get; init; }
    public required string ProgressPledgeChanged { get; init; }
    public required string ProgressConflict { get; init; }
    public required string ProgressCommandWord { get; init; }
    public required string ProgressCommandDescription { get; init; }
    public required string UnitMonthCommandWord { get; init; }
    public required string UnitMonthCommandDescription { get; init; }
    /// <summary>{0}: the month (MM/yyyy).</summary>
    public required string UnitMonthTitle { get; init; }
    public required string UnitMonthReportDay { get; init; }
    public required string UnitMonthReportState { get; init; }
    public required string UnitMonthReportNotYet { get; init; }
    /// <summary>{0}: version, {1}: when, {2}: who.</summary>
    public required string UnitMonthReportSent { get; init; }
    public required string UnitMonthMembers { get; init; }
    public required string UnitMonthReportedCount { get; init; }
    public required string UnitMonthNotReportedCount { get; init; }
    public required string UnitMonthWithoutPledge { get; init; }
    public required string UnitMonthAreasHeading { get; init; }
    /// <summary>{0}: done, {1}: in progress, {2}: not started, {3}: blocked.</summary>
    public required string UnitMonthAreaCounts { get; init; }
    public required string UnitMonthEveryoneReported { get; init; }
    /// <summary>{0}: how many.</summary>
    public required string UnitMonthLateHeading { get; init; }
    /// <summary>{0}: how many.</summary>
    public required string UnitMonthNotYetHeading { get; init; }
    /// <summary>{0}: how many.</summary>
    public required string UnitMonthWithoutPledgeHeading { get; init; }
    /// <summary>{0}: how many.</summary>
    public required string UnitMonthReportedHeading { get; init; }
    /// <summary>{0}: when (dd/MM HH:mm), {1}: version.</summary>
    public required string UnitMonthReportedNote { get; init; }
    /// <summary>{0}: how many.</summary>
    public required string UnitMonthDeedsHeading { get; init; }
    public required string UnitMonthDeedAboutSelf { get; init; }
    /// <summary>{0}: the colleague's name.</summary>
    public required string UnitMonthDeedAboutColleague { get; init; }
    public required string UnitMonthDeedPending { get; init; }
    public required string UnitMonthDeedConfirmed { get; init; }
    public required string UnitMonthDeedSetAsideState { get; init; }
    public required string UnitMonthDeedConfirm { get; init; }
    public required string UnitMonthDeedSetAside { get; init; }
    /// <summary>{0}: how many more.</summary>
    public required string UnitMonthDeedsMore { get; init; }
    public required string UnitMonthReportHeading { get; init; }
    public required string UnitMonthCommentLabel { get; init; }
    public required string UnitMonthReasonLabel { get; init; }
    public required string UnitMonthSubmit { get; init; }
    public required string UnitMonthAmend { get; init; }
    public required string UnitMonthAmendHeading { get; init; }
    public required string UnitMonthSubmittedBy { get; init; }
    public required string UnitMonthReasonShown { get; init; }
    public required string UnitMonthCommentShown { get; init; }
    public required string UnitMonthNoComment { get; init; }
    public required string UnitMonthNudgeAll { get; init; }
    public required string UnitMonthNudgeAllLate { get; init; }
    /// <summary>{0}: the month (MM/yyyy).</summary>
    public required string UnitMonthDigestPosted { get; init; }
    /// <summary>{0}: the month (MM/yyyy).</summary>
    public required string UnitMonthSubmitted { get; init; }
    /// <summary>{0}: the month (MM/yyyy), {1}: who, {2}: when.</summary>
    public required string UnitMonthAlreadySubmitted { get; init; }
    /// <summary>{0}: version.</summary>
    public required string UnitMonthAmended { get; init; }
    public required string UnitMonthAlreadySaved { get; init; }
    /// <summary>{0}: the month (MM/yyyy).</summary>
    public required string UnitMonthNotSubmitted { get; init; }
    public required string UnitMonthErrorsHeading { get; init; }
    public required string UnitMonthReasonRequired { get; init; }
    /// <summary>{0}: length, {1}: limit.</summary>
    public required string UnitMonthReasonTooLong { get; init; }
    /// <summary>{0}: length, {1}: limit.</summary>
    public required string UnitMonthCommentTooLong { get; init; }
    public required string UnitMonthConflict { get; init; }
    /// <summary>{0}: the person's name, {1}: the decision.</summary>
    public required string UnitMonthDeedSaved { get; init; }
    public required string UnitMonthDeedUnchanged { get; init; }
    public required string UnitMonthDeedClosed { get; init; }
    /// <summary>{0}: the person on the card.</summary>
    public required string UnitMonthDeedNotInUnit { get; init; }
    /// <summary>{0}: the person, {1}: the month (MM/yyyy).</summary>
    public required string UnitMonthDeedNone { get; init; }
    public required string UnitMonthDeedUnknownDecision { get; init; }
    public required string UnitMonthBadMonth { get; init; }
    /// <summary>{0}: what was typed.</summary>
    public required string UnitMonthCommandBadMonth { get; init; }
    public required string UnitMonthOtherCampaign { get; init; }
    public required string UnitMonthNotHead { get; init; }
    public required string UnitMonthUnknownAction { get; init; }
    /// <summary>On the form a unit head's nudge sends. {0}: the head, {1}: the month (MM/yyyy), {2}: the staff report day (dd/MM/yyyy).</summary>
    public required string UnitMonthNudgeNotice { get; init; }
    /// <summary>{0}: names.</summary>
    public required string UnitMonthNudgeSkippedReported { get; init; }
    /// <summary>{0}: names.</summary>
    public required string UnitMonthNudgeSkippedNoPledge { get; init; }
    /// <summary>{0}: names.</summary>
    public required string UnitMonthNudgeSkippedClosed { get; init; }
    public required string UnitMonthNudgeNobody { get; init; }
    public required string UnitMonthNudgeClosed { get; init; }
    /// <summary>On the staff form sent on the report day. {0}: the month (MM/yyyy), {1}: the staff report day (dd/MM/yyyy).</summary>
    public required string ProgressPromptNotice { get; init; }
    /// <summary>On a staff reminder. {0}: the month (MM/yyyy), {1}: the staff report day (dd/MM/yyyy).</summary>
    public required string ProgressReminderNotice { get; init; }
    /// <summary>On the unit head's roll-up sent on the staff report day. {0}: the month (MM/yyyy), {1}: the unit report day (dd/MM/yyyy).</summary>
    public required string UnitReportPromptNotice { get; init; }
    /// <summary>On a unit head's reminder on the unit report day. {0}: the month (MM/yyyy), {1}: the unit report day (dd/MM/yyyy).</summary>
    public required string UnitReportReminderDueToday { get; init; }
    /// <summary>On a unit head's reminder after the unit report day. {0}: the month (MM/yyyy), {1}: the unit report day (dd/MM/yyyy).</summary>
    public required string UnitReportReminderOverdue { get; init; }
    /// <summary>What Teams shows for the unit head's monthly card. {0}: the month (MM/yyyy), {1}: the unit.</summary>
    public required string UnitReportSummary { get; init; }

    public required string ExportCommandWord { get; init; }
    public required string ExportCommandDescription { get; init; }
    /// <summary>Answer to the export command typed in a channel or group chat.</summary>
    public required string ExportOnlyPersonalChat { get; init; }
    public required string ExportNoCampaign { get; init; }
    /// <summary>{0}: the word that was not understood.</summary>
    public required string ExportUnknownFormat { get; init; }
    /// <summary>{0}: what was typed.</summary>
    public required string ExportBadMonths { get; init; }
    /// <summary>{0}: what was typed, {1}: the campaign's first month, {2}: its last month (MM/yyyy).</summary>
    public required string ExportMonthsOutsideCampaign { get; init; }
    /// <summary>{0}: what was typed, {1}: the phases, e.g. "1 (Đợt 1), 2 (Đợt 2)".</summary>
    public required string ExportUnknownPhase { get; init; }
    public required string ExportWorkbookTitle { get; init; }
    /// <summary>{0}: the months (MM/yyyy or MM/yyyy – MM/yyyy).</summary>
    public required string ExportWorkbookText { get; init; }
    public required string ExportReportTitle { get; init; }
    /// <summary>{0}: "Sơ kết"/"Tổng kết" in the card's language, {1}: the phase name, {2}: its dates.</summary>
    public required string ExportReportText { get; init; }
    public required string ExportReviewInterim { get; init; }
    public required string ExportReviewFinal { get; init; }
    public required string ExportDownload { get; init; }
    /// <summary>{0}: when the link stops working (dd/MM/yyyy HH:mm, campaign time).</summary>
    public required string ExportLinkExpires { get; init; }
    public required string ExportLinkPrivate { get; init; }
    /// <summary>What Teams shows for the export card. {0}: the file name.</summary>
    public required string ExportSummary { get; init; }
    /// <summary>{0}: the month (MM/yyyy).</summary>
    public required string DigestTitle { get; init; }
    public required string DigestOfficialNote { get; init; }
    /// <summary>{0}: when (dd/MM/yyyy HH:mm).</summary>
    public required string DigestOnDemandNote { get; init; }
    public required string DigestUnitsSubmitted { get; init; }
    /// <summary>{0} of {1}.</summary>
    public required string DigestOutOf { get; init; }
    public required string DigestMembers { get; init; }
    public required string DigestPledged { get; init; }
    public required string DigestReported { get; init; }
    /// <summary>{0}: count, {1}: percentage.</summary>
    public required string DigestCountPercent { get; init; }
    public required string DigestLate { get; init; }
    public required string DigestDone { get; init; }
    /// <summary>{0}: the previous month (MM/yyyy).</summary>
    public required string DigestChangeLabel { get; init; }
    /// <summary>{0}: change of the reported percentage (signed), {1}: change of done (signed), {2}: previous percentage, {3}: previous done.</summary>
    public required string DigestChangeValue { get; init; }
    public required string DigestChartHeading { get; init; }
    public required string DigestChartTitle { get; init; }
    public required string DigestChartAxis { get; init; }
    public required string DigestChartFallback { get; init; }
    public required string DigestUnitsHeading { get; init; }
    public required string DigestUnitsOrder { get; init; }
    /// <summary>{0}: pledged, {1}: members, {2}: reported, {3}: percent, {4}: late, {5}: unit report state.</summary>
    public required string DigestUnitLine { get; init; }
    public required string DigestUnitReportSent { get; init; }
    public required string DigestUnitReportMissing { get; init; }
    /// <summary>{0}: how many more units.</summary>
    public required string DigestUnitsMore { get; init; }
    /// <summary>{0}: how many units.</summary>
    public required string DigestMissingHeading { get; init; }
    public required string DigestAllSubmitted { get; init; }
    public required string DigestTitlesHeading { get; init; }
    public required string DigestCollectiveMark { get; init; }
    public required string DigestAreasHeading { get; init; }
    /// <summary>{0}: done, {1}: in progress, {2}: not started, {3}: facing difficulties.</summary>
    public required string DigestAreaCounts { get; init; }
    /// <summary>{0}: how many.</summary>
    public required string DigestDeedsHeading { get; init; }
    public required string DigestNoDeeds { get; init; }
    /// <summary>{0}: person, {1}: unit.</summary>
    public required string DigestDeedAboutSelf { get; init; }
    /// <summary>{0}: person, {1}: unit, {2}: colleague.</summary>
    public required string DigestDeedAboutColleague { get; init; }
    /// <summary>{0}: how many more.</summary>
    public required string DigestDeedsMore { get; init; }
    public required string DigestFullTableNote { get; init; }
    /// <summary>What Teams shows for the digest. {0}: the month (MM/yyyy).</summary>
    public required string DigestSummary { get; init; }
    public required string DigestCommandWord { get; init; }
    public required string DigestCommandDescription { get; init; }
    /// <summary>{0}: what was typed.</summary>
    public required string DigestBadMonth { get; init; }
    /// <summary>{0}: the month (MM/yyyy).</summary>
    public required string DigestFutureMonth { get; init; }
    /// <summary>{0}: the month (MM/yyyy).</summary>
    public required string DigestOutsidePhases { get; init; }
    /// <summary>{0}: the council channel's name.</summary>
    public required string DigestWrongChannel { get; init; }
    public required string DigestNoCouncilChannel { get; init; }
    public required string ReviewTitleInterim { get; init; }
    public required string ReviewTitleFinal { get; init; }
    public required string ReviewOfficialNoteInterim { get; init; }
    public required string ReviewOfficialNoteFinal { get; init; }
    public required string ReviewMonthsCounted { get; init; }
    public required string ReviewUnits { get; init; }
    public required string ReviewCountOfPercent { get; init; }
    public required string ReviewReports { get; init; }
    public required string ReviewUnitReports { get; init; }
    public required string ReviewDeedsConfirmed { get; init; }
    public required string ReviewMonthsHeading { get; init; }
    public required string ReviewMonthLine { get; init; }
    public required string ReviewChartHeading { get; init; }
    public required string ReviewChartTitle { get; init; }
    public required string ReviewUnitsOrder { get; init; }
    public required string ReviewUnitLine { get; init; }
    public required string ReviewAreasNote { get; init; }
    public required string ReviewDeedsHeading { get; init; }
    public required string ReviewNoDeeds { get; init; }
    public required string ReviewExportNoteInterim { get; init; }
    public required string ReviewExportNoteFinal { get; init; }
    public required string ReviewNotStarted { get; init; }
    public required string ReviewNoMonths { get; init; }
    public required string ReviewUnknownPhase { get; init; }
    public required string PledgeDigestTitle { get; init; }
    /// <summary>{0}: the moment of the figures (dd/MM/yyyy HH:mm).</summary>
    public required string PledgeDigestWeeklyNote { get; init; }
    /// <summary>{0}: the pledge deadline (dd/MM/yyyy), {1}: days left.</summary>
    public required string PledgeDigestDaysLeft { get; init; }
    /// <summary>{0}: the pledge deadline (dd/MM/yyyy), today.</summary>
    public required string PledgeDigestLastDay { get; init; }
    /// <summary>{0}: the pledge deadline (dd/MM/yyyy), passed.</summary>
    public required string PledgeDigestRoundClosed { get; init; }
    public required string PledgeDigestNotYet { get; init; }
    public required string PledgeDigestUnitsCollective { get; init; }
    /// <summary>{0}: the day a week earlier (dd/MM/yyyy).</summary>
    public required string PledgeDigestChangeLabel { get; init; }
    /// <summary>{0}: pledged a week earlier, {1}: pledged now, {2}: the change (signed).</summary>
    public required string PledgeDigestChangeValue { get; init; }
    public required string PledgeDigestChartHeading { get; init; }
    public required string PledgeDigestChartTitle { get; init; }
    public required string PledgeDigestUnitsHeading { get; init; }
    public required string PledgeDigestUnitsOrder { get; init; }
    /// <summary>{0}: pledged, {1}: members, {2}: percent, {3}: not yet, {4}: collective pledge state.</summary>
    public required string PledgeDigestUnitLine { get; init; }
    public required string PledgeDigestCollectiveIn { get; init; }
    public required string PledgeDigestCollectiveMissing { get; init; }
    public required string PledgeDigestNoTitles { get; init; }
    /// <summary>What Teams shows for the pledge round digest. {0}: the day (dd/MM/yyyy).</summary>
    public required string PledgeDigestSummary { get; init; }

    public static Strings For(Language language) => language == Language.English ? En : Vi;

    public static readonly Strings Vi = new()
    {
        Language = Language.Vietnamese,
        BotName = "ThiDuaBot",
        HelpTitle = "ThiDuaBot — Trợ lý phong trào thi đua",
        HelpIntro = "Tôi giúp cơ quan tổ chức phong trào thi đua ngay trên Teams: đăng ký thi đua, báo cáo tiến độ hằng tháng, "
            + "tổng hợp cho Hội đồng Thi đua-Khen thưởng, bình xét và khen thưởng. "
            + "Khi có việc cần làm, tôi sẽ gửi thẻ đến bạn trong cuộc trò chuyện này.",
        HelpCommandsHeading = "Các lệnh bạn có thể gõ",
        HelpTypingTip = "Gõ có dấu hay không dấu, chữ hoa hay chữ thường đều được (ví dụ: “trợ giúp”, “tro giup”).",
        HelpChannelTip = "Trong kênh của nhóm, hãy nhắc tên tôi (@ThiDuaBot) trước lệnh.",
        HelpCommandWord = "trợ giúp",
        HelpCommandDescription = "Xem hướng dẫn này.",
        UnknownCommand = "Tôi chưa hiểu “{0}”. Gõ **trợ giúp** để xem các lệnh tôi làm được.",
        TeamWelcome = "Xin chào các thành viên nhóm **{0}**! ThiDuaBot — trợ lý phong trào thi đua — đã được thêm vào nhóm. "
            + "Thư ký Hội đồng Thi đua-Khen thưởng có thể chọn kênh này để nhận bản tổng hợp thi đua. "
            + "Nhắc tên tôi kèm **trợ giúp** để xem hướng dẫn.",
        TeamWelcomeNoName = "Xin chào! ThiDuaBot — trợ lý phong trào thi đua — đã được thêm vào nhóm. "
            + "Thư ký Hội đồng Thi đua-Khen thưởng có thể chọn kênh này để nhận bản tổng hợp thi đua. "
            + "Nhắc tên tôi kèm **trợ giúp** để xem hướng dẫn.",
        PersonalWelcome = "Xin chào {0}! Tôi là ThiDuaBot, trợ lý phong trào thi đua của cơ quan. "
            + "Tôi sẽ gửi đến bạn thẻ đăng ký thi đua, thẻ báo cáo tiến độ hằng tháng và các thông báo liên quan ngay tại đây. "
            + "Gõ **trợ giúp** bất cứ lúc nào để xem hướng dẫn.",
        PersonalWelcomeNoName = "Xin chào! Tôi là ThiDuaBot, trợ lý phong trào thi đua của cơ quan. "
            + "Tôi sẽ gửi đến bạn thẻ đăng ký thi đua, thẻ báo cáo tiến độ hằng tháng và các thông báo liên quan ngay tại đây. "
            + "Gõ **trợ giúp** bất cứ lúc nào để xem hướng dẫn.",
        UnknownCardAction = "Thẻ này không còn dùng được. Gõ **trợ giúp** để xem các lệnh hiện có.",
        SomethingWentWrong = "Xin lỗi, đã có lỗi khi xử lý yêu cầu của bạn. Vui lòng thử lại sau ít phút.",
        PledgeIndividualHeading = "Đăng ký thi đua cá nhân",
        PledgeCollectiveHeading = "Đăng ký thi đua tập thể",
        PledgeName = "Họ và tên",
        PledgeUnit = "Đơn vị",
        PledgeUnitHead = "Thủ trưởng đơn vị",
        PledgeDeadline = "Hạn đăng ký",
        PledgeTitleLabel = "Danh hiệu thi đua đăng ký",
        PledgeCollectiveTitleLabel = "Danh hiệu thi đua đơn vị đăng ký",
        PledgeTitlePlaceholder = "Chọn danh hiệu",
        PledgeAreasLabel = "Nội dung thi đua đăng ký (chọn ít nhất một)",
        PledgeCollectiveAreasLabel = "Nội dung thi đua đơn vị đăng ký (chọn ít nhất một)",
        PledgeTargetsLabel = "Chỉ tiêu cụ thể",
        PledgeCollectiveTargetsLabel = "Chỉ tiêu cụ thể của đơn vị",
        PledgeTargetsPlaceholder = "Ví dụ: hoàn thành 100% nhiệm vụ được giao đúng thời hạn; …",
        PledgeInitiativesLabel = "Số sáng kiến, giải pháp cải tiến (nếu có)",
        PledgeInitiatives = "Số sáng kiến, giải pháp cải tiến",
        PledgeCollectiveInitiativesLabel = "Số sáng kiến, giải pháp cải tiến của đơn vị (nếu có)",
        PledgeCommitmentLabel = "Cam kết của cá nhân",
        PledgeCollectiveCommitmentLabel = "Cam kết của đơn vị",
        PledgeCommitmentPlaceholder = "Tôi xin cam kết …",
        PledgeSubmit = "Gửi đăng ký",
        PledgeEdit = "Sửa đăng ký",
        PledgeAreasHeading = "Nội dung thi đua",
        PledgeVersion = "Bản",
        PledgeSavedAt = "Lưu lúc",
        PledgeSavedBy = "Người gửi",
        PledgeEditableUntil = "Đã gửi. Bạn có thể sửa đến hết ngày {0}.",
        PledgeFinal = "Đã hết hạn đăng ký ({0}): đây là bản đăng ký chính thức, không sửa được nữa.",
        PledgeSaved = "Đã lưu bản đăng ký (bản {0}).",
        PledgeUnchanged = "Bản đăng ký không có gì thay đổi nên không lưu thêm bản mới.",
        PledgeAlreadySaved = "Thẻ này đã được gửi và lưu rồi; đây là bản đăng ký hiện tại.",
        PledgeChangesHeading = "Thay đổi so với bản {0}:",
        PledgeChangedTitle = "danh hiệu: từ {0} thành {1}",
        PledgeChangedAreasAdded = "thêm nội dung: {0}",
        PledgeChangedAreasRemoved = "bỏ nội dung: {0}",
        PledgeChangedTargets = "sửa chỉ tiêu cụ thể",
        PledgeChangedNumber = "{0}: từ {1} thành {2}",
        PledgeChangedCommitment = "sửa lời cam kết",
        PledgeNotGiven = "(không ghi)",
        PledgeErrorsHeading = "Chưa gửi được bản đăng ký: hãy sửa các mục dưới đây rồi gửi lại. Chưa có gì được lưu.",
        PledgeTitleRequired = "Hãy chọn danh hiệu thi đua.",
        PledgeTitleUnknown = "Danh hiệu đã chọn không có trong kế hoạch thi đua. Hãy chọn lại.",
        PledgeAreasRequired = "Hãy chọn ít nhất một nội dung thi đua.",
        PledgeAreasUnknown = "Có nội dung thi đua đã chọn không có trong kế hoạch thi đua. Hãy chọn lại.",
        PledgeTargetsRequired = "Hãy ghi chỉ tiêu cụ thể.",
        PledgeTargetsTooLong = "Chỉ tiêu cụ thể dài {0} ký tự; tối đa {1} ký tự. Hãy rút gọn.",
        PledgeCommitmentRequired = "Hãy ghi lời cam kết.",
        PledgeCommitmentTooLong = "Lời cam kết dài {0} ký tự; tối đa {1} ký tự. Hãy rút gọn.",
        PledgeNumberInvalid = "{0}: hãy ghi một số nguyên từ 0 đến {1}, hoặc để trống.",
        PledgeTextCut = "Nội dung quá dài nên chỉ hiện lại một phần; hãy rút gọn rồi gửi lại.",
        PledgeNotOnRoster = "Bạn chưa có trong danh sách cán bộ của kế hoạch thi đua đang chạy nên chưa đăng ký thi đua được. Hãy liên hệ thư ký Hội đồng Thi đua-Khen thưởng.",
        PledgeNotYours = "Thẻ đăng ký này là của người khác; bạn không gửi thay được. Gõ **đăng ký** để mở thẻ của bạn.",
        PledgeNotUnitHead = "Chỉ thủ trưởng của đơn vị này mới đăng ký thi đua tập thể cho đơn vị được.",
        PledgeOtherCampaign = "Thẻ này thuộc kế hoạch thi đua khác nên không dùng được nữa. Đây là thẻ của kế hoạch đang chạy.",
        PledgeCampaignUpdated = "Kế hoạch thi đua vừa được cập nhật; một số danh hiệu hoặc nội dung bạn đã chọn không còn nữa. Hãy chọn lại rồi gửi. Chưa có gì được lưu.",
        PledgeDeadlinePassed = "Đã hết hạn đăng ký thi đua (hết ngày {0}) nên không lưu thay đổi này.",
        PledgeDeadlinePassedNotPledged = "Đã hết hạn đăng ký thi đua (hết ngày {0}) và chưa có bản đăng ký nào được gửi. Hãy liên hệ thủ trưởng đơn vị hoặc thư ký Hội đồng Thi đua-Khen thưởng.",
        PledgeNoCampaign = "Hiện chưa có kế hoạch thi đua nào đang chạy để đăng ký.",
        PledgeOnlyPersonalChat = "Hãy gõ lệnh này trong cuộc trò chuyện riêng với tôi.",
        PledgeConflict = "Bản đăng ký vừa được thay đổi ở nơi khác cùng lúc. Hãy thử lại.",
        PledgeCommandWord = "đăng ký",
        PledgeCommandDescription = "Mở thẻ đăng ký thi đua của bạn (và của đơn vị, nếu bạn là thủ trưởng).",
        PledgeStatusCommandWord = "trạng thái",
        PledgeStatusCommandDescription = "Xem bạn đã đăng ký thi đua chưa và danh hiệu đã đăng ký.",
        PledgeStatusPledged = "Bạn đã đăng ký thi đua ngày {0} (bản {1}), danh hiệu phấn đấu: **{2}**.",
        PledgeStatusNotYet = "Bạn chưa đăng ký thi đua. Hạn đăng ký: hết ngày {0}. Gõ **đăng ký** để mở thẻ.",
        PledgeStatusMissed = "Bạn chưa đăng ký thi đua và đã hết hạn đăng ký (hết ngày {0}).",
        PledgeStatusUnitPledged = "Đơn vị **{0}** đã đăng ký thi đua tập thể ngày {1} (bản {2}), danh hiệu phấn đấu: **{3}**.",
        PledgeStatusUnitNotYet = "Đơn vị **{0}** chưa đăng ký thi đua tập thể. Hạn đăng ký: hết ngày {1}.",
        PledgeStatusUnitMissed = "Đơn vị **{0}** chưa đăng ký thi đua tập thể và đã hết hạn đăng ký (hết ngày {1}).",
        PledgeStatusEditable = "Có thể sửa đến hết ngày {0}: gõ **đăng ký**.",
        PledgeStatusFinal = "Đã hết hạn đăng ký: đây là bản chính thức.",
        PledgeReminderDaysLeft = "Nhắc: hạn đăng ký thi đua là hết ngày {0}, còn {1} ngày.",
        PledgeReminderLastDay = "Nhắc: hôm nay ({0}) là ngày cuối cùng để đăng ký thi đua.",
        PledgeReminderUnitDaysLeft = "Nhắc: đơn vị của bạn chưa đăng ký thi đua tập thể. Hạn đăng ký là hết ngày {0}, còn {1} ngày.",
        PledgeReminderUnitLastDay = "Nhắc: đơn vị của bạn chưa đăng ký thi đua tập thể. Hôm nay ({0}) là ngày cuối cùng để đăng ký.",
        PledgeNudgeDaysLeft = "{0} (thủ trưởng đơn vị) nhắc bạn đăng ký thi đua: hạn là hết ngày {1}, còn {2} ngày.",
        PledgeNudgeLastDay = "{0} (thủ trưởng đơn vị) nhắc bạn đăng ký thi đua: hôm nay ({1}) là ngày cuối cùng.",
        UnitCommandWord = "đơn vị",
        UnitCommandDescription = "Dành cho thủ trưởng đơn vị: ai trong đơn vị đã và chưa đăng ký thi đua, nhắc người chưa đăng ký.",
        UnitRollupTitle = "Tình hình đăng ký thi đua của đơn vị",
        UnitRollupIndividuals = "Cá nhân đã đăng ký",
        UnitRollupCollective = "Đăng ký tập thể",
        UnitRollupCollectiveNotYet = "Chưa đăng ký",
        UnitRollupNotPledgedHeading = "Chưa đăng ký ({0})",
        UnitRollupPledgedHeading = "Đã đăng ký ({0})",
        UnitRollupEveryonePledged = "Mọi người trong đơn vị đã đăng ký thi đua.",
        UnitRollupNoMembers = "Danh sách cán bộ chưa có ai thuộc đơn vị này.",
        UnitRollupShownAt = "Cập nhật lúc {0}",
        UnitNudge = "Nhắc",
        UnitNudgeAll = "Nhắc tất cả người chưa đăng ký",
        UnitRefresh = "Làm mới",
        UnitRoundNotLaunched = "Thư ký Hội đồng chưa phát động đăng ký thi đua nên chưa nhắc được.",
        UnitRoundClosed = "Đã hết hạn đăng ký thi đua (hết ngày {0}) nên không nhắc nữa.",
        UnitCampaignClosed = "Phong trào thi đua này đã kết thúc nên không nhắc nữa.",
        UnitNotHead = "Theo danh sách cán bộ hiện tại, bạn không phải thủ trưởng của đơn vị này nên không xem hay nhắc được. Gõ **đơn vị** để mở thẻ của đơn vị bạn.",
        UnitOtherCampaign = "Thẻ này thuộc kế hoạch thi đua khác nên không dùng được nữa. Gõ **đơn vị** để mở thẻ của kế hoạch đang chạy.",
        UnitNudgeNotInUnit = "{0} không thuộc đơn vị của bạn (hoặc đã nghỉ) nên không nhắc.",
        UnitNudged = "Đã gửi lời nhắc tới {0} người: {1}.",
        UnitNudgeSkippedPledged = "Không nhắc vì đã đăng ký: {0}.",
        UnitNudgeSkippedToday = "Không nhắc lại vì hôm nay đã nhắc: {0}.",
        UnitNudgeSkippedCap = "Không nhắc vì đã nhận đủ {0} lời nhắc: {1}.",
        UnitNudgeSkippedUnreachable = "Không nhắc được vì chưa cài ThiDuaBot: {0}.",
        UnitNudgeNobody = "Không còn ai chưa đăng ký để nhắc.",
        UnitNamesAndMore = "{0} và {1} người khác",
        RoleStaff = "cán bộ, công chức, viên chức",
        RoleUnitHead = "thủ trưởng đơn vị",
        RoleLeadership = "lãnh đạo cơ quan",
        RoleCouncilMember = "thành viên Hội đồng Thi đua-Khen thưởng",
        RoleCouncilSecretary = "thư ký Hội đồng Thi đua-Khen thưởng",
        NotAllowed = "Xin lỗi, việc này chỉ dành cho {0}. Nếu bạn cần làm việc này, hãy liên hệ thư ký Hội đồng Thi đua-Khen thưởng.",
        Or = "hoặc",
        SetupCouncilChannelDone = "Đã chọn kênh **{0}** của nhóm **{1}** làm kênh của Hội đồng Thi đua-Khen thưởng. Các bản tổng hợp thi đua sẽ được đăng tại đây.",
        SetupCouncilChannelAlready = "Kênh này đã là kênh của Hội đồng Thi đua-Khen thưởng. Không có gì thay đổi.",
        SetupCouncilChannelMoved = "Kênh của Hội đồng trước đây thuộc nhóm **{0}**; từ nay bản tổng hợp sẽ được đăng ở kênh này.",
        SetupWhere = "Lệnh **thiết lập** dùng trong kênh của nhóm Hội đồng Thi đua-Khen thưởng (nhắc tên tôi: @ThiDuaBot thiết lập) hoặc trong trò chuyện riêng với tôi.",
        GeneralChannelName = "Chung",
        AdminTitle = "Quản trị phong trào thi đua",
        AdminCouncilChannel = "Kênh Hội đồng",
        AdminCouncilChannelNotSet = "Chưa chọn. Vào kênh của nhóm Hội đồng Thi đua-Khen thưởng và gõ: @ThiDuaBot thiết lập",
        AdminCampaign = "Kế hoạch thi đua",
        AdminCampaignNotLoaded = "Chưa nạp kế hoạch nào.",
        AdminCampaignVersion = "bản {0}, nạp ngày {1}",
        AdminRoster = "Danh sách",
        AdminRosterCounts = "{0} đơn vị, {1} người",
        AdminPhases = "Các đợt thi đua",
        PhaseNotStarted = "chưa bắt đầu",
        PhaseActive = "đang diễn ra",
        PhaseClosed = "đã kết thúc",
        AdminLoadSample = "Nạp kế hoạch mẫu",
        AdminLoadText = "Nạp kế hoạch từ văn bản",
        AdminLoadTextLabel = "Dán nội dung tệp kế hoạch (YAML)",
        AdminLoadTextSubmit = "Kiểm tra và nạp",
        AdminImportGraph = "Nhập danh sách từ Microsoft 365",
        AdminImportCsv = "Nhập danh sách từ tệp CSV",
        AdminImportCsvLabel = "Dán nội dung tệp CSV (dòng đầu là tên cột)",
        AdminImportCsvSubmit = "Kiểm tra và nhập",
        AdminStatus = "Xem tình trạng",
        AdminInstallMissing = "Cài ThiDuaBot cho người chưa nhắn được",
        AdminPhaseLabel = "Đợt thi đua",
        AdminPhaseStart = "Bắt đầu đợt",
        AdminPhaseClose = "Kết thúc đợt",
        AdminFileTip = "Bạn cũng có thể gửi tệp kế hoạch (.yaml) hoặc danh sách (.csv) vào cuộc trò chuyện này.",
        AdminBack = "Quay lại",
        StatusTitle = "Tình trạng phong trào",
        StatusNoCampaign = "Chưa có kế hoạch thi đua nào đang chạy. Hãy nạp kế hoạch trước.",
        StatusReachPersonal = "Đã cài ThiDuaBot (nhắn được ngay)",
        StatusReachTeam = "Nhắn được qua nhóm Teams có ThiDuaBot",
        StatusInstallPending = "Đang chờ cài đặt ThiDuaBot",
        StatusUnreachable = "Chưa nhắn được",
        StatusByUnit = "Theo đơn vị (nhắn được / tổng số)",
        StatusUnreachableHeading = "Những người chưa nhắn được",
        StatusAndMore = "… và {0} người khác.",
        StatusPendingHeading = "Những người đang chờ cài ThiDuaBot",
        PendingRequested = "đã yêu cầu cài ngày {0}",
        PendingAlreadyInstalled = "Microsoft 365 báo đã cài (ngày {0}), đang chờ Teams xác nhận",
        ReasonNoAccountLink = "chưa gắn với tài khoản Microsoft 365 (chưa từng trò chuyện với ThiDuaBot)",
        ReasonNotInstalled = "chưa cài ThiDuaBot và không ở nhóm Teams nào có ThiDuaBot",
        ReasonUninstalled = "đã gỡ ThiDuaBot",
        NoUnit = "(chưa có đơn vị)",
        CampaignLoaded = "Đã nạp kế hoạch “{0}” (bản {1}).",
        CampaignUnchanged = "Kế hoạch này đã được nạp đúng như vậy; không có gì thay đổi.",
        CampaignRefused = "Chưa nạp được kế hoạch vì tệp có lỗi. Hãy sửa các lỗi dưới đây rồi nạp lại; chưa có gì được lưu.",
        MoreProblems = "… và {0} lỗi khác.",
        CampaignConflict = "Có người vừa nạp một bản khác của kế hoạch này. Hãy xem lại và nạp lại; chưa có gì được lưu.",
        CampaignChangesHeading = "Những gì thay đổi so với bản trước:",
        CampaignOrphanWarning = "Lưu ý: một số mục đã bỏ khỏi kế hoạch. Dữ liệu đã thu thập cho các mục đó vẫn được giữ nguyên.",
        CampaignNowActive = "Kế hoạch này nay là kế hoạch đang chạy (thay cho “{0}”).",
        RosterCopied = "Đã chép danh sách {0} người, {1} đơn vị từ kế hoạch trước; hãy nhập lại danh sách nếu có thay đổi.",
        PasteSomething = "Hãy dán nội dung vào ô trước khi bấm.",
        PastedTooLongToShow = "Nội dung bạn dán quá dài để hiện lại ở đây. Hãy sửa trong tệp của bạn rồi dán lại.",
        NoActiveCampaign = "Chưa có kế hoạch thi đua nào đang chạy. Hãy nạp kế hoạch trước.",
        PhaseUnknown = "Không tìm thấy đợt thi đua này trong kế hoạch đang chạy.",
        PhaseStarted = "Đã bắt đầu {0}.",
        PhaseClosedNow = "Đã kết thúc {0}.",
        PhaseAlreadyActive = "{0} đang diễn ra rồi; không có gì thay đổi.",
        PhaseAlreadyClosed = "{0} đã kết thúc; không thể bắt đầu lại.",
        PhaseNotActive = "{0} chưa bắt đầu nên chưa thể kết thúc.",
        PhaseOtherActive = "{0} đang diễn ra. Hãy kết thúc đợt đó trước khi bắt đầu đợt khác.",
        PhaseChangedMeanwhile = "Có người vừa thay đổi kế hoạch này. Hãy thử lại.",
        RosterImported = "Đã nhập danh sách: thêm {0} người, cập nhật {1}, đánh dấu rời đi {2}, giữ nguyên {3}; bỏ qua {4} dòng.",
        RosterNothingChanged = "Danh sách đã đúng như vậy; không có gì thay đổi.",
        RosterRefused = "Chưa nhập được danh sách; chưa có gì thay đổi.",
        RosterAddedHeading = "Thêm:",
        RosterChangedHeading = "Cập nhật:",
        RosterLeftHeading = "Rời đi (dữ liệu của họ vẫn được giữ):",
        RosterRejectedHeading = "Các dòng bị bỏ qua:",
        RosterRejectedLine = "Dòng {0}: {1}",
        RosterUnitsAdded = "Đơn vị mới: {0}.",
        RosterUnitsDeactivated = "Đơn vị không còn ai: {0}.",
        RosterSecretariesMissing = "Thư ký Hội đồng trong cấu hình nhưng không có trong danh sách: {0}.",
        RosterGraphSkipped = "Không nhập {0} tài khoản đã khoá, {1} khách mời, {2} người ngoài các đơn vị đã chọn.",
        RosterGraphNoManagers = "Microsoft 365 không cho đọc quan hệ cấp trên; thủ trưởng đơn vị được xác định theo chức vụ.",
        FileNotUnderstood = "Tôi chỉ nhận tệp kế hoạch thi đua (.yaml, .yml) hoặc danh sách cán bộ (.csv).",
        FileTooLarge = "Tệp quá lớn (tối đa 2 MB).",
        FileNotDownloaded = "Không tải được tệp từ Teams. Hãy gửi lại.",
        FilesOnlyInPersonalChat = "Hãy gửi tệp trong cuộc trò chuyện riêng với tôi.",
        InstallRequested = "Đã yêu cầu Microsoft 365 cài ThiDuaBot cho {0} người. Khi Teams cài xong, ThiDuaBot sẽ nhắn được cho họ.",
        InstallAlreadyInstalled = "{0} người đã có ThiDuaBot; đang chờ Teams báo lại cho ThiDuaBot.",
        InstallNobodyToAsk = "Không có ai cần yêu cầu cài ThiDuaBot lúc này.",
        InstallRecentlyRequested = "{0} người đã được yêu cầu cài trong 24 giờ qua nên chưa yêu cầu lại.",
        InstallSkippedUninstalled = "Bỏ qua {0} người đã tự gỡ ThiDuaBot: ThiDuaBot không cài lại cho người đã gỡ.",
        InstallNoAccountLink = "{0} người chưa gắn với tài khoản Microsoft 365 nên chưa cài được: {1}. Hãy nhập danh sách từ Microsoft 365, hoặc thêm cột AAD object id vào tệp CSV.",
        InstallFailedHeading = "Không cài được cho {0} người:",
        InstallFailedNotFound = "Microsoft 365 không tìm thấy tài khoản này, hoặc không có ThiDuaBot trong kho ứng dụng (HTTP 404)",
        InstallFailedRefused = "Microsoft 365 từ chối cài cho người này (HTTP 403), có thể do chính sách ứng dụng Teams hoặc giấy phép",
        InstallFailedInvalidId = "mã tài khoản (AAD object id) không hợp lệ",
        InstallFailedNoAnswer = "Microsoft 365 không trả lời; hãy thử lại sau",
        InstallFailedOther = "Microsoft 365 báo lỗi HTTP {0}",
        InstallPermissionMissing = "Đã dừng vì Microsoft 365 từ chối (HTTP {0}): ThiDuaBot chưa được cấp quyền TeamsAppInstallation.ReadWriteSelfForUser.All. "
            + "Quản trị viên Microsoft 365 cần cấp quyền này (loại Application) và đồng ý cho tổ chức, rồi thử lại.",
        InstallNotConfigured = "Chưa cài được qua Microsoft 365: bot cần thông tin đăng nhập ứng dụng và mã của ThiDuaBot trong kho ứng dụng Teams (Roster:Graph:TeamsAppId).",
        InstallNotAsked = "{0} người chưa được yêu cầu.",
        InstallMoreToAsk = "Còn {0} người chưa được yêu cầu; bấm lại nút cài đặt để tiếp tục.",
        AdminPledgeRound = "Đăng ký thi đua",
        AdminPledgeNotLaunched = "Chưa phát động. Hạn đăng ký: {0}.",
        AdminPledgeLaunched = "Đã phát động lúc {0}: đã gửi {1}/{2} thẻ; {3} người chưa liên lạc được. Hạn đăng ký: {4}.",
        AdminPledgeDeadlinePassed = "Đã hết hạn đăng ký ({0}).",
        AdminLaunch = "Phát động đăng ký thi đua",
        AdminLaunchTopUp = "Gửi thẻ cho người chưa nhận",
        LaunchStarted = "Đã phát động đăng ký thi đua: {0} thẻ đang được gửi tới {1} người; {2} người chưa liên lạc được. Tiến độ gửi ở thẻ bên dưới.",
        LaunchToppedUp = "Đã gửi thêm {0} thẻ cho người mới hoặc vừa liên lạc được; {1} thẻ đã có từ trước không gửi lại; {2} người vẫn chưa liên lạc được.",
        LaunchNothingNew = "Không có ai mới để gửi: mọi người liên lạc được đều đã có thẻ; {0} người chưa liên lạc được.",
        LaunchDeadlinePassed = "Hạn đăng ký thi đua ({0}) đã qua nên không phát động được.",
        LaunchCampaignClosed = "Các đợt thi đua của kế hoạch này đã kết thúc nên không phát động được.",
        LaunchNobody = "Danh sách cán bộ đang trống: hãy nhập danh sách trước khi phát động.",
        LaunchCardTitle = "Phát động đăng ký thi đua",
        LaunchBy = "Người phát động",
        LaunchAt = "Thời điểm",
        LaunchRunning = "Đang gửi thẻ… (cập nhật lúc {0})",
        LaunchDone = "Đã gửi xong lúc {0}.",
        LaunchCards = "Thẻ cần gửi",
        LaunchSent = "Đã gửi",
        LaunchWaiting = "Đang chờ gửi",
        LaunchNotDelivered = "Không gửi được",
        LaunchUncertain = "Chưa rõ đã tới chưa",
        LaunchNotReachedCount = "Người chưa liên lạc được (chưa gửi)",
        LaunchNotDeliveredHeading = "Không gửi được thẻ cho:",
        LaunchNotReachedHeading = "Chưa liên lạc được:",
        LaunchMore = "… và {0} người khác (xem «Xem tình trạng» trên thẻ quản trị).",
        LaunchHint = "Khi những người này có ThiDuaBot (có thể dùng nút «Cài ThiDuaBot cho người chưa nhắn được»), bấm «Gửi thẻ cho người chưa nhận» trên thẻ quản trị: chỉ ai chưa có thẻ mới được gửi. Người được thêm vào danh sách sau này sẽ tự nhận thẻ.",
        LaunchRefresh = "Cập nhật",
        LaunchReasonRemoved = "Teams không cho gửi: người này đã gỡ hoặc chặn ThiDuaBot",
        LaunchReasonFailed = "gửi không thành công ({0})",
        LaunchReasonUncertain = "máy chủ dừng giữa lúc gửi: có thể đã nhận, có thể chưa",
        LaunchReasonPending = "đang chờ Teams cài ThiDuaBot",
        LaunchNoLaunch = "Đợt đăng ký này chưa được phát động.",
        AdminLaunchConfirm = "ThiDuaBot sẽ gửi thẻ đăng ký thi đua tới {0} người trong danh sách (ai liên lạc được), thủ trưởng đơn vị nhận thêm thẻ đăng ký của đơn vị. Gửi ngay?",
        AdminLaunchGo = "Gửi thẻ đăng ký",
        LaunchSentToNewPeople = "Đợt đăng ký đã phát động: đã gửi {0} thẻ đăng ký cho người mới hoặc vừa đổi đơn vị, vai trò.",
        PledgeRefresh = "Cập nhật thẻ",
        ProgressHeading = "Báo cáo tiến độ tháng {0}",
        ProgressStatusNotStarted = "Chưa thực hiện",
        ProgressStatusInProgress = "Đang thực hiện",
        ProgressStatusDone = "Hoàn thành",
        ProgressStatusBlocked = "Gặp khó khăn",
        ProgressStatusPlaceholder = "Tình trạng",
        ProgressNotReported = "(chưa báo cáo)",
        ProgressAchievedPlaceholder = "Kết quả đạt được trong tháng",
        ProgressAreasHeading = "Tiến độ theo từng nội dung đã đăng ký",
        ProgressGoodDeedHeading = "Người tốt việc tốt, điển hình tiên tiến (không bắt buộc)",
        ProgressGoodDeedAboutLabel = "Đề xuất về",
        ProgressGoodDeedSelf = "Bản thân tôi",
        ProgressGoodDeedColleague = "Một đồng nghiệp",
        ProgressGoodDeedNameLabel = "Họ tên đồng nghiệp (nếu đề xuất đồng nghiệp)",
        ProgressGoodDeedTextLabel = "Việc tốt, thành tích tiêu biểu",
        ProgressGoodDeedAboutSelf = "Về bản thân: {0}",
        ProgressGoodDeedAboutColleague = "Về đồng nghiệp: {0}",
        ProgressSubmit = "Gửi báo cáo",
        ProgressEdit = "Sửa báo cáo",
        ProgressEditable = "Đã gửi. Bạn có thể sửa cho đến khi đơn vị chốt báo cáo tháng.",
        ProgressFinal = "Báo cáo tháng này đã chốt.",
        ProgressSaved = "Đã lưu báo cáo (bản {0}).",
        ProgressUnchanged = "Báo cáo không thay đổi so với bản đã lưu; không lưu thêm bản mới.",
        ProgressAlreadySaved = "Báo cáo này đã được lưu rồi.",
        ProgressErrorsHeading = "Chưa gửi được báo cáo: hãy sửa các mục dưới đây rồi gửi lại. Chưa có gì được lưu.",
        ProgressNothingReported = "Hãy chọn tình trạng cho ít nhất một nội dung.",
        ProgressStatusUnknown = "Tình trạng không hợp lệ ở nội dung: {0}.",
        ProgressStatusMissing = "Hãy chọn tình trạng cho nội dung đã ghi kết quả: {0}.",
        ProgressAchievedTooLong = "Kết quả của nội dung “{0}” dài {1} ký tự; tối đa {2}.",
        ProgressAchievedTotalTooLong = "Các kết quả cộng lại dài {0} ký tự; tối đa {1}. Hãy viết ngắn gọn hơn.",
        ProgressGoodDeedTooLong = "Phần người tốt việc tốt dài {0} ký tự; tối đa {1}.",
        ProgressGoodDeedNameTooLong = "Họ tên đồng nghiệp dài quá {0} ký tự.",
        ProgressGoodDeedNameRequired = "Hãy ghi họ tên đồng nghiệp được đề xuất.",
        ProgressGoodDeedTextRequired = "Hãy mô tả việc tốt hoặc thành tích của người được đề xuất.",
        ProgressGoodDeedAboutUnknown = "Hãy chọn đề xuất về bản thân hay về một đồng nghiệp.",
        ProgressTextCut = "Một số nội dung quá dài nên chỉ hiện lại một phần trên thẻ.",
        ProgressNoPledge = "Bạn chưa đăng ký thi đua nên chưa có gì để báo cáo tiến độ. Gõ **đăng ký** để đăng ký trước.",
        ProgressNotYours = "Thẻ báo cáo này là của người khác; bạn không gửi thay được. Gõ **báo cáo** để mở thẻ của bạn.",
        ProgressOtherCampaign = "Thẻ này thuộc kế hoạch thi đua không còn chạy. Gõ **báo cáo** để mở thẻ của tháng này.",
        ProgressBadMonth = "Thẻ này không ghi rõ tháng báo cáo. Gõ **báo cáo** để mở thẻ của tháng này.",
        ProgressMonthFuture = "Chưa đến tháng {0} nên chưa báo cáo được.",
        ProgressMonthOutsidePhases = "Tháng {0} không thuộc đợt thi đua nào nên không có báo cáo tiến độ.",
        ProgressPhaseClosed = "{1} đã kết thúc: không nhận báo cáo tháng {0} nữa.",
        ProgressUnitMonthClosed = "Đơn vị của bạn đã chốt báo cáo tháng {0}: không nhận hoặc sửa báo cáo của tháng này nữa.",
        ProgressPledgeChanged = "Bản đăng ký thi đua của bạn đã thay đổi sau khi thẻ này được gửi. Thẻ dưới đây theo bản đăng ký mới, giữ lại những gì bạn đã nhập; hãy xem lại rồi gửi.",
        ProgressConflict = "Báo cáo vừa được thay đổi ở nơi khác cùng lúc. Hãy thử lại.",
        ProgressCommandWord = "báo cáo",
        ProgressCommandDescription = "Mở thẻ báo cáo tiến độ tháng này theo bản đăng ký thi đua của bạn.",
        UnitMonthCommandWord = "báo cáo đơn vị",
        UnitMonthCommandDescription = "Dành cho thủ trưởng đơn vị: tình hình báo cáo tiến độ tháng của đơn vị, nhắc người chưa báo cáo, xét người tốt việc tốt, gửi báo cáo tháng của đơn vị. Thêm tháng nếu cần, ví dụ: báo cáo đơn vị 03/2013.",
        UnitMonthTitle = "Báo cáo tháng {0} của đơn vị",
        UnitMonthReportDay = "Hạn cá nhân báo cáo",
        UnitMonthReportState = "Báo cáo của đơn vị",
        UnitMonthReportNotYet = "Chưa gửi",
        UnitMonthReportSent = "Đã gửi, bản {0}, lúc {1} ({2})",
        UnitMonthMembers = "Số cán bộ trong đơn vị",
        UnitMonthReportedCount = "Đã báo cáo",
        UnitMonthNotReportedCount = "Chưa báo cáo",
        UnitMonthWithoutPledge = "Trong đó chưa đăng ký thi đua",
        UnitMonthAreasHeading = "Tình trạng theo nội dung thi đua (số báo cáo)",
        UnitMonthAreaCounts = "Hoàn thành {0} · Đang thực hiện {1} · Chưa thực hiện {2} · Gặp khó khăn {3}",
        UnitMonthEveryoneReported = "Mọi người trong đơn vị đã báo cáo.",
        UnitMonthLateHeading = "Quá hạn, chưa báo cáo ({0})",
        UnitMonthNotYetHeading = "Chưa báo cáo ({0})",
        UnitMonthWithoutPledgeHeading = "Chưa đăng ký thi đua nên chưa có báo cáo ({0})",
        UnitMonthReportedHeading = "Đã báo cáo ({0})",
        UnitMonthReportedNote = "lúc {0}, bản {1}",
        UnitMonthDeedsHeading = "Người tốt việc tốt được đề xuất trong tháng ({0})",
        UnitMonthDeedAboutSelf = "tự đề xuất",
        UnitMonthDeedAboutColleague = "đề xuất đồng nghiệp {0}",
        UnitMonthDeedPending = "Chờ thủ trưởng xem xét",
        UnitMonthDeedConfirmed = "Đã xác nhận",
        UnitMonthDeedSetAsideState = "Đã tạm gác",
        UnitMonthDeedConfirm = "Xác nhận",
        UnitMonthDeedSetAside = "Tạm gác",
        UnitMonthDeedsMore = "… và {0} đề xuất khác (thẻ hiện các đề xuất chờ xem xét trước).",
        UnitMonthReportHeading = "Báo cáo tháng của đơn vị",
        UnitMonthCommentLabel = "Ý kiến của thủ trưởng đơn vị (không bắt buộc, tối đa 2.000 ký tự)",
        UnitMonthReasonLabel = "Lý do sửa báo cáo (bắt buộc, tối đa 500 ký tự)",
        UnitMonthSubmit = "Gửi báo cáo tháng",
        UnitMonthAmend = "Sửa báo cáo tháng",
        UnitMonthAmendHeading = "Sửa báo cáo tháng",
        UnitMonthSubmittedBy = "Người gửi",
        UnitMonthReasonShown = "Lý do sửa",
        UnitMonthCommentShown = "Ý kiến của thủ trưởng đơn vị",
        UnitMonthNoComment = "(không có ý kiến)",
        UnitMonthNudgeAll = "Nhắc tất cả người chưa báo cáo",
        UnitMonthNudgeAllLate = "Nhắc tất cả người quá hạn",
        UnitMonthDigestPosted = "Hội đồng Thi đua-Khen thưởng đã tổng hợp tháng {0} nên báo cáo không sửa được nữa.",
        UnitMonthSubmitted = "Đã gửi báo cáo tháng {0} của đơn vị (bản 1). Từ nay cán bộ trong đơn vị không gửi hay sửa báo cáo tháng này được nữa.",
        UnitMonthAlreadySubmitted = "Báo cáo tháng {0} của đơn vị đã được {1} gửi lúc {2}; không gửi lại. Có thể sửa báo cáo bằng nút Sửa báo cáo tháng.",
        UnitMonthAmended = "Đã lưu bản sửa báo cáo tháng (bản {0}).",
        UnitMonthAlreadySaved = "Bản sửa này đã được lưu rồi.",
        UnitMonthNotSubmitted = "Đơn vị chưa gửi báo cáo tháng {0} nên chưa có gì để sửa.",
        UnitMonthErrorsHeading = "Chưa lưu được: hãy sửa các mục dưới đây rồi gửi lại. Chưa có gì được lưu.",
        UnitMonthReasonRequired = "Hãy ghi lý do sửa báo cáo.",
        UnitMonthReasonTooLong = "Lý do sửa dài {0} ký tự; tối đa {1}.",
        UnitMonthCommentTooLong = "Ý kiến dài {0} ký tự; tối đa {1}.",
        UnitMonthConflict = "Báo cáo vừa được thay đổi ở nơi khác cùng lúc. Hãy thử lại.",
        UnitMonthDeedSaved = "Đã ghi nhận đề xuất của {0}: {1}.",
        UnitMonthDeedUnchanged = "Quyết định này đã được ghi nhận rồi.",
        UnitMonthDeedClosed = "Báo cáo tháng của đơn vị đã gửi nên không thay đổi quyết định về người tốt việc tốt được nữa.",
        UnitMonthDeedNotInUnit = "{0} không thuộc đơn vị của bạn (hoặc đã nghỉ); không ghi nhận gì.",
        UnitMonthDeedNone = "{0} không có đề xuất người tốt việc tốt nào trong tháng {1}; không ghi nhận gì.",
        UnitMonthDeedUnknownDecision = "Thẻ gửi một quyết định không rõ; không ghi nhận gì. Gõ **báo cáo đơn vị** để mở thẻ mới.",
        UnitMonthBadMonth = "Thẻ này không ghi rõ tháng. Gõ **báo cáo đơn vị** để mở thẻ của tháng này.",
        UnitMonthCommandBadMonth = "Không hiểu tháng “{0}”. Hãy ghi tháng theo dạng MM/yyyy, ví dụ: **báo cáo đơn vị 03/2013**.",
        UnitMonthOtherCampaign = "Thẻ này thuộc kế hoạch thi đua không còn chạy nên không dùng được nữa. Gõ **báo cáo đơn vị** để mở thẻ của kế hoạch đang chạy.",
        UnitMonthNotHead = "Theo danh sách cán bộ hiện tại, bạn không phải thủ trưởng của đơn vị này nên không xem hay thao tác trên thẻ này được. Gõ **báo cáo đơn vị** để mở thẻ của đơn vị bạn.",
        UnitMonthUnknownAction = "Thẻ gửi một thao tác không rõ; không có gì được lưu. Gõ **báo cáo đơn vị** để mở thẻ mới.",
        UnitMonthNudgeNotice = "Thủ trưởng đơn vị {0} nhắc bạn gửi báo cáo tiến độ tháng {1} (hạn báo cáo là ngày {2}). Mời bạn điền và gửi ngay trên thẻ này.",
        UnitMonthNudgeSkippedReported = "Không nhắc vì đã báo cáo: {0}.",
        UnitMonthNudgeSkippedNoPledge = "Không nhắc vì chưa đăng ký thi đua: {0}.",
        UnitMonthNudgeSkippedClosed = "Không nhắc vì tháng này đã chốt với họ: {0}.",
        UnitMonthNudgeNobody = "Không còn ai chưa báo cáo để nhắc.",
        UnitMonthNudgeClosed = "Báo cáo tháng của đơn vị đã gửi nên không nhắc nữa.",
        ProgressPromptNotice = "Đến kỳ báo cáo tiến độ tháng {0}: mời bạn điền và gửi báo cáo trong ngày {1}.",
        ProgressReminderNotice = "Nhắc: bạn chưa gửi báo cáo tiến độ tháng {0} (hạn báo cáo là ngày {1}). Mời bạn điền và gửi ngay trên thẻ này.",
        UnitReportPromptNotice = "Hôm nay cán bộ, công chức báo cáo tiến độ tháng {0}. Hạn nộp báo cáo tháng của đơn vị là ngày {1}.",
        UnitReportReminderDueToday = "Nhắc: hôm nay ({1}) là hạn nộp báo cáo tháng {0} của đơn vị.",
        UnitReportReminderOverdue = "Nhắc: đơn vị chưa nộp báo cáo tháng {0} (hạn nộp là ngày {1}). Mời bạn xem tình hình dưới đây và nộp báo cáo.",
        UnitReportSummary = "Báo cáo tháng {0} của {1}",
        ExportCommandWord = "xuất báo cáo",
        ExportCommandDescription = "Dành cho lãnh đạo, Hội đồng Thi đua-Khen thưởng và thư ký: tệp Excel số liệu đăng ký, tiến độ, báo cáo đơn vị, người tốt việc tốt (có thể thêm tháng: xuất báo cáo excel 03/2013 - 06/2013); hoặc báo cáo sơ kết, tổng kết bằng Word: xuất báo cáo word, xuất báo cáo word đợt 2.",
        ExportOnlyPersonalChat = "Tệp xuất ra có số liệu của mọi người, nên tôi chỉ gửi trong cuộc trò chuyện riêng. Hãy nhắn cho tôi “xuất báo cáo” ở đó.",
        ExportNoCampaign = "Hiện chưa có kế hoạch thi đua nào đang chạy, nên chưa có gì để xuất.",
        ExportUnknownFormat = "Không hiểu “{0}”. Hãy gõ **xuất báo cáo** (tệp Excel), **xuất báo cáo excel 03/2013 - 06/2013** (Excel cho một số tháng) hoặc **xuất báo cáo word đợt 1** (báo cáo sơ kết bằng Word).",
        ExportBadMonths = "Không hiểu khoảng tháng “{0}”. Hãy ghi tháng theo dạng MM/yyyy, tháng đầu trước tháng cuối, ví dụ: **xuất báo cáo excel 03/2013 - 06/2013**.",
        ExportMonthsOutsideCampaign = "Khoảng tháng “{0}” không nằm trong kế hoạch thi đua (từ tháng {1} đến tháng {2}) hoặc chưa tới.",
        ExportUnknownPhase = "Kế hoạch không có đợt thi đua “{0}”. Các đợt: {1}. Ví dụ: **xuất báo cáo word đợt 1**.",
        ExportWorkbookTitle = "Tệp Excel số liệu thi đua",
        ExportWorkbookText = "Số liệu tháng {0}: đăng ký thi đua, tiến độ cá nhân, tiến độ đơn vị, báo cáo đơn vị, người tốt việc tốt.",
        ExportReportTitle = "Báo cáo bằng Word",
        ExportReportText = "Dự thảo báo cáo {0} {1} ({2}). Phần I đã có số liệu; phần II–IV để trống cho thư ký viết, rồi trình ký.",
        ExportReviewInterim = "sơ kết",
        ExportReviewFinal = "tổng kết",
        ExportDownload = "Tải tệp về",
        ExportLinkExpires = "Liên kết dùng được đến {0}. Tệp được lập từ số liệu tại lúc tải về.",
        ExportLinkPrivate = "Liên kết này dành riêng cho bạn, xin đừng chuyển tiếp.",
        ExportSummary = "Tệp xuất: {0}",
        DigestTitle = "Tổng hợp thi đua tháng {0}",
        DigestOfficialNote = "Bản tổng hợp chính thức của tháng, gửi Hội đồng Thi đua-Khen thưởng. Từ nay các đơn vị không sửa báo cáo tháng này được nữa.",
        DigestOnDemandNote = "Bản xem theo yêu cầu lúc {0}; số liệu còn có thể thay đổi.",
        DigestUnitsSubmitted = "Đơn vị đã nộp báo cáo tháng",
        DigestOutOf = "{0}/{1}",
        DigestMembers = "Cán bộ tham gia thi đua",
        DigestPledged = "Đã đăng ký thi đua",
        DigestReported = "Đã báo cáo tiến độ",
        DigestCountPercent = "{0} người ({1}%)",
        DigestLate = "Chậm báo cáo (đã đăng ký, chưa báo cáo)",
        DigestDone = "Lượt nội dung hoàn thành",
        DigestChangeLabel = "So với tháng {0}",
        DigestChangeValue = "báo cáo {0} điểm % (trước: {2}%), hoàn thành {1} (trước: {3})",
        DigestChartHeading = "Tỷ lệ cán bộ đã báo cáo, theo đơn vị",
        DigestChartTitle = "Đã báo cáo (%)",
        DigestChartAxis = "Tỷ lệ (%)",
        DigestChartFallback = "(Biểu đồ không hiển thị được ở đây; xem bảng dưới.)",
        DigestUnitsHeading = "Tham gia theo đơn vị",
        DigestUnitsOrder = "Đơn vị có tỷ lệ báo cáo thấp nhất ở trên.",
        DigestUnitLine = "đăng ký {0}/{1} · báo cáo {2} ({3}%) · chậm {4} · {5}",
        DigestUnitReportSent = "đã nộp báo cáo đơn vị",
        DigestUnitReportMissing = "**chưa nộp báo cáo đơn vị**",
        DigestUnitsMore = "… và {0} đơn vị khác.",
        DigestMissingHeading = "Đơn vị chưa nộp báo cáo tháng ({0})",
        DigestAllSubmitted = "Tất cả đơn vị đã nộp báo cáo tháng.",
        DigestTitlesHeading = "Danh hiệu thi đua đã đăng ký",
        DigestCollectiveMark = "(tập thể)",
        DigestAreasHeading = "Tiến độ theo nội dung thi đua",
        DigestAreaCounts = "hoàn thành {0} · đang thực hiện {1} · chưa thực hiện {2} · gặp khó khăn {3}",
        DigestDeedsHeading = "Người tốt việc tốt, điển hình tiên tiến được xác nhận ({0})",
        DigestNoDeeds = "Chưa có đề xuất nào được thủ trưởng đơn vị xác nhận trong tháng.",
        DigestDeedAboutSelf = "**{0}** ({1}), về bản thân:",
        DigestDeedAboutColleague = "**{0}** ({1}) đề xuất đồng nghiệp **{2}**:",
        DigestDeedsMore = "… và {0} đề xuất khác.",
        DigestFullTableNote = "Bảng đầy đủ có trong tệp xuất Excel (lệnh **xuất báo cáo**).",
        DigestSummary = "Tổng hợp thi đua tháng {0}",
        DigestCommandWord = "tổng hợp",
        DigestCommandDescription = "Dành cho Hội đồng Thi đua-Khen thưởng, lãnh đạo Sở và thư ký: bản tổng hợp tháng (tham gia theo đơn vị, danh hiệu, tiến độ, người tốt việc tốt). Thêm tháng nếu cần, ví dụ: tổng hợp 03/2013. Tình hình đăng ký thi đua: tổng hợp đăng ký. Sơ kết một đợt: tổng hợp đợt 1; tổng kết năm: tổng hợp tổng kết. Gõ trong kênh của Hội đồng (nhắc tên tôi) để đăng vào kênh, hoặc trong trò chuyện riêng để xem riêng.",
        DigestBadMonth = "Không hiểu tháng “{0}”. Hãy ghi tháng theo dạng MM/yyyy, ví dụ: **tổng hợp 03/2013**; hoặc **tổng hợp đăng ký** (tình hình đăng ký thi đua), **tổng hợp đợt 1**, **tổng hợp tổng kết**.",
        DigestFutureMonth = "Tháng {0} chưa đến nên chưa có gì để tổng hợp.",
        DigestOutsidePhases = "Tháng {0} không thuộc đợt thi đua nào của kế hoạch nên không có bản tổng hợp.",
        DigestWrongChannel = "Kênh này không phải kênh của Hội đồng Thi đua-Khen thưởng ({0}). Hãy gõ lệnh trong kênh đó, hoặc trong trò chuyện riêng với tôi.",
        DigestNoCouncilChannel = "Chưa chọn kênh của Hội đồng Thi đua-Khen thưởng. Thư ký Hội đồng hãy nhắc tên tôi kèm **thiết lập** trong kênh đó. Trong lúc chờ, bạn có thể gõ **tổng hợp** trong trò chuyện riêng với tôi.",
        ReviewTitleInterim = "Sơ kết {0} ({1} – {2})",
        ReviewTitleFinal = "Tổng kết năm {0} ({1} – {2})",
        ReviewOfficialNoteInterim = "{0} đã kết thúc. Bản sơ kết gửi Hội đồng Thi đua-Khen thưởng để chuẩn bị bình xét.",
        ReviewOfficialNoteFinal = "{0}, đợt cuối của năm, đã kết thúc. Bản tổng kết cả năm gửi Hội đồng Thi đua-Khen thưởng để chuẩn bị bình xét.",
        ReviewMonthsCounted = "Các tháng đã tính: {0}.",
        ReviewUnits = "Số phòng, đơn vị",
        ReviewCountOfPercent = "{0}/{1} ({2}%)",
        ReviewReports = "Lượt báo cáo tháng đã nộp/phải nộp",
        ReviewUnitReports = "Báo cáo tháng của đơn vị đã nộp",
        ReviewDeedsConfirmed = "Việc tốt được xác nhận",
        ReviewMonthsHeading = "Theo tháng",
        ReviewMonthLine = "báo cáo {0}/{1} ({2}%) · đơn vị nộp báo cáo {3}/{4}",
        ReviewChartHeading = "Tỷ lệ báo cáo tháng đã nộp trong kỳ, theo đơn vị",
        ReviewChartTitle = "Đã báo cáo (%)",
        ReviewUnitsOrder = "Đơn vị có tỷ lệ thấp nhất ở trên.",
        ReviewUnitLine = "đăng ký {0}/{1} · báo cáo {2}/{3} lượt ({4}%) · báo cáo đơn vị {5}/{6} tháng",
        ReviewAreasNote = "Theo báo cáo gần nhất trong kỳ của mỗi người.",
        ReviewDeedsHeading = "Người tốt việc tốt, điển hình tiên tiến được xác nhận trong kỳ ({0})",
        ReviewNoDeeds = "Chưa có đề xuất nào được thủ trưởng đơn vị xác nhận trong kỳ.",
        ReviewExportNoteInterim = "Báo cáo sơ kết dạng Word để hoàn thiện và trình ký: lệnh **xuất báo cáo word {0}**; bảng đầy đủ: **xuất báo cáo excel**.",
        ReviewExportNoteFinal = "Báo cáo tổng kết dạng Word để hoàn thiện và trình ký: lệnh **xuất báo cáo word {0}**; bảng đầy đủ: **xuất báo cáo excel**.",
        ReviewNotStarted = "{0} chưa bắt đầu (từ {1}) nên chưa có gì để sơ kết, tổng kết.",
        ReviewNoMonths = "Chưa có tháng nào của {0} đến hạn báo cáo nên chưa có gì để sơ kết, tổng kết.",
        ReviewUnknownPhase = "Kế hoạch không có đợt thi đua “{0}”. Các đợt: {1}. Ví dụ: **tổng hợp đợt 1**, **tổng hợp tổng kết**.",
        PledgeDigestTitle = "Tổng hợp đăng ký thi đua",
        PledgeDigestWeeklyNote = "Bản tổng hợp hằng tuần gửi Hội đồng Thi đua-Khen thưởng, số liệu đến {0}.",
        PledgeDigestDaysLeft = "Hạn đăng ký: {0} (còn {1} ngày).",
        PledgeDigestLastDay = "Hạn đăng ký: hôm nay, {0}.",
        PledgeDigestRoundClosed = "Đợt đăng ký đã kết thúc ngày {0}: số liệu cuối cùng.",
        PledgeDigestNotYet = "Chưa đăng ký",
        PledgeDigestUnitsCollective = "Đơn vị đã đăng ký tập thể",
        PledgeDigestChangeLabel = "So với ngày {0}",
        PledgeDigestChangeValue = "{0} → {1} người ({2})",
        PledgeDigestChartHeading = "Tỷ lệ cán bộ đã đăng ký, theo đơn vị",
        PledgeDigestChartTitle = "Đã đăng ký (%)",
        PledgeDigestUnitsHeading = "Đăng ký theo đơn vị",
        PledgeDigestUnitsOrder = "Đơn vị có tỷ lệ đăng ký thấp nhất ở trên.",
        PledgeDigestUnitLine = "đăng ký {0}/{1} ({2}%) · chưa {3} · {4}",
        PledgeDigestCollectiveIn = "đã đăng ký tập thể",
        PledgeDigestCollectiveMissing = "**chưa đăng ký tập thể**",
        PledgeDigestNoTitles = "Chưa có đăng ký nào.",
        PledgeDigestSummary = "Tổng hợp đăng ký thi đua đến ngày {0}",
    };

    public static readonly Strings En = new()
    {
        Language = Language.English,
        BotName = "ThiDuaBot",
        HelpTitle = "ThiDuaBot — your emulation campaign assistant",
        HelpIntro = "I help your organisation run its emulation campaign (phong trào thi đua) in Teams: pledges, monthly progress reports, "
            + "digests for the Emulation and Commendation Council, the council vote and awards. "
            + "When there is something for you to do, I will send you a card in this chat.",
        HelpCommandsHeading = "Commands you can type",
        HelpTypingTip = "Upper or lower case, with or without Vietnamese diacritics: all work (for example “help”, “trợ giúp”, “tro giup”).",
        HelpChannelTip = "In a team channel, @mention me (@ThiDuaBot) before the command.",
        HelpCommandWord = "help",
        HelpCommandDescription = "Show this guide.",
        UnknownCommand = "Sorry, I didn't understand “{0}”. Type **help** to see what I can do.",
        TeamWelcome = "Hello, members of **{0}**! ThiDuaBot, the emulation campaign assistant, has been added to this team. "
            + "The council secretary can choose this channel to receive the campaign digests. "
            + "@mention me with **help** to see the guide.",
        TeamWelcomeNoName = "Hello! ThiDuaBot, the emulation campaign assistant, has been added to this team. "
            + "The council secretary can choose this channel to receive the campaign digests. "
            + "@mention me with **help** to see the guide.",
        PersonalWelcome = "Hello {0}! I'm ThiDuaBot, your organisation's emulation campaign assistant. "
            + "I'll send you your pledge card, your monthly progress card and related notices right here. "
            + "Type **help** at any time to see the guide.",
        PersonalWelcomeNoName = "Hello! I'm ThiDuaBot, your organisation's emulation campaign assistant. "
            + "I'll send you your pledge card, your monthly progress card and related notices right here. "
            + "Type **help** at any time to see the guide.",
        UnknownCardAction = "This card can no longer be used. Type **help** to see the available commands.",
        SomethingWentWrong = "Sorry, something went wrong while handling your request. Please try again in a few minutes.",
        PledgeIndividualHeading = "Individual pledge",
        PledgeCollectiveHeading = "Unit pledge",
        PledgeName = "Name",
        PledgeUnit = "Unit",
        PledgeUnitHead = "Unit head",
        PledgeDeadline = "Pledge deadline",
        PledgeTitleLabel = "Title you aim at",
        PledgeCollectiveTitleLabel = "Title the unit aims at",
        PledgeTitlePlaceholder = "Choose a title",
        PledgeAreasLabel = "Content areas you commit to (at least one)",
        PledgeCollectiveAreasLabel = "Content areas the unit commits to (at least one)",
        PledgeTargetsLabel = "Concrete targets",
        PledgeCollectiveTargetsLabel = "The unit's concrete targets",
        PledgeTargetsPlaceholder = "For example: complete 100% of assigned tasks on time; …",
        PledgeInitiativesLabel = "Number of initiatives and improvements (optional)",
        PledgeInitiatives = "Initiatives and improvements",
        PledgeCollectiveInitiativesLabel = "Number of the unit's initiatives and improvements (optional)",
        PledgeCommitmentLabel = "Personal commitment",
        PledgeCollectiveCommitmentLabel = "The unit's commitment",
        PledgeCommitmentPlaceholder = "I commit to …",
        PledgeSubmit = "Submit pledge",
        PledgeEdit = "Edit",
        PledgeAreasHeading = "Content areas",
        PledgeVersion = "Version",
        PledgeSavedAt = "Last saved",
        PledgeSavedBy = "Submitted by",
        PledgeEditableUntil = "Submitted. You can edit it until the end of {0}.",
        PledgeFinal = "The pledge deadline ({0}) has passed: this is the final pledge and can no longer be edited.",
        PledgeSaved = "Your pledge is saved (version {0}).",
        PledgeUnchanged = "Nothing changed, so no new version was stored.",
        PledgeAlreadySaved = "This card was already sent and saved; here is the current pledge.",
        PledgeChangesHeading = "Changes since version {0}:",
        PledgeChangedTitle = "title: from {0} to {1}",
        PledgeChangedAreasAdded = "content areas added: {0}",
        PledgeChangedAreasRemoved = "content areas removed: {0}",
        PledgeChangedTargets = "targets edited",
        PledgeChangedNumber = "{0}: from {1} to {2}",
        PledgeChangedCommitment = "commitment edited",
        PledgeNotGiven = "(none)",
        PledgeErrorsHeading = "Your pledge was not sent: fix the items below and send it again. Nothing was stored.",
        PledgeTitleRequired = "Choose a title.",
        PledgeTitleUnknown = "The chosen title is not in the campaign plan. Choose again.",
        PledgeAreasRequired = "Choose at least one content area.",
        PledgeAreasUnknown = "Some chosen content areas are not in the campaign plan. Choose again.",
        PledgeTargetsRequired = "Write your concrete targets.",
        PledgeTargetsTooLong = "The targets are {0} characters long; at most {1} are allowed. Please shorten them.",
        PledgeCommitmentRequired = "Write your commitment.",
        PledgeCommitmentTooLong = "The commitment is {0} characters long; at most {1} are allowed. Please shorten it.",
        PledgeNumberInvalid = "{0}: enter a whole number from 0 to {1}, or leave it empty.",
        PledgeTextCut = "The text was too long to show in full; shorten it and send again.",
        PledgeNotOnRoster = "You are not on the roster of the running campaign, so you cannot pledge yet. Please contact the council secretary.",
        PledgeNotYours = "This pledge card belongs to someone else; you cannot submit it for them. Type **pledge** to open yours.",
        PledgeNotUnitHead = "Only the head of this unit can submit the unit's pledge.",
        PledgeOtherCampaign = "This card belongs to another campaign and can no longer be used. Here is the card of the running campaign.",
        PledgeCampaignUpdated = "The campaign plan has just been updated and some of the titles or content areas you chose no longer exist. Choose again and send. Nothing was stored.",
        PledgeDeadlinePassed = "The pledge deadline (end of {0}) has passed, so this change was not saved.",
        PledgeDeadlinePassedNotPledged = "The pledge deadline (end of {0}) has passed and no pledge was sent. Please contact your unit head or the council secretary.",
        PledgeNoCampaign = "No campaign is running, so there is nothing to pledge for yet.",
        PledgeOnlyPersonalChat = "Please use this command in your personal chat with me.",
        PledgeConflict = "The pledge was being changed elsewhere at the same moment. Please try again.",
        PledgeCommandWord = "pledge",
        PledgeCommandDescription = "Open your pledge card (and your unit's, if you are its head).",
        PledgeStatusCommandWord = "status",
        PledgeStatusCommandDescription = "See whether you have pledged and the title you aim at.",
        PledgeStatusPledged = "You pledged on {0} (version {1}), aiming at **{2}**.",
        PledgeStatusNotYet = "You have not pledged yet. Deadline: end of {0}. Type **pledge** to open your card.",
        PledgeStatusMissed = "You have not pledged and the deadline (end of {0}) has passed.",
        PledgeStatusUnitPledged = "Unit **{0}** pledged on {1} (version {2}), aiming at **{3}**.",
        PledgeStatusUnitNotYet = "Unit **{0}** has not pledged yet. Deadline: end of {1}.",
        PledgeStatusUnitMissed = "Unit **{0}** has not pledged and the deadline (end of {1}) has passed.",
        PledgeStatusEditable = "It can be edited until the end of {0}: type **pledge**.",
        PledgeStatusFinal = "The deadline has passed: this is the final pledge.",
        PledgeReminderDaysLeft = "Reminder: please pledge by the end of {0}. Days left: {1}.",
        PledgeReminderLastDay = "Reminder: today ({0}) is the last day to pledge.",
        PledgeReminderUnitDaysLeft = "Reminder: your unit has not pledged yet. Please pledge for it by the end of {0}. Days left: {1}.",
        PledgeReminderUnitLastDay = "Reminder: your unit has not pledged yet. Today ({0}) is the last day to pledge for it.",
        PledgeNudgeDaysLeft = "{0} (your unit head) reminds you to pledge by the end of {1}. Days left: {2}.",
        PledgeNudgeLastDay = "{0} (your unit head) reminds you to pledge: today ({1}) is the last day.",
        UnitCommandWord = "unit",
        UnitCommandDescription = "For unit heads: who in your unit has pledged and who has not; remind those who have not.",
        UnitRollupTitle = "Your unit's pledges",
        UnitRollupIndividuals = "People who pledged",
        UnitRollupCollective = "Unit pledge",
        UnitRollupCollectiveNotYet = "Not yet",
        UnitRollupNotPledgedHeading = "Not pledged yet ({0})",
        UnitRollupPledgedHeading = "Pledged ({0})",
        UnitRollupEveryonePledged = "Everyone in the unit has pledged.",
        UnitRollupNoMembers = "Nobody on the roster belongs to this unit yet.",
        UnitRollupShownAt = "As of {0}",
        UnitNudge = "Remind",
        UnitNudgeAll = "Remind everyone who has not pledged",
        UnitRefresh = "Refresh",
        UnitRoundNotLaunched = "The council secretary has not launched the pledges yet, so nobody can be reminded.",
        UnitRoundClosed = "The pledge deadline has passed (end of {0}), so nobody is reminded any more.",
        UnitCampaignClosed = "This campaign has ended, so nobody is reminded any more.",
        UnitNotHead = "According to the current roster you are not the head of this unit, so you cannot see or remind it. Type **unit** to open your own unit's card.",
        UnitOtherCampaign = "This card belongs to another campaign and can no longer be used. Type **unit** to open the running campaign's card.",
        UnitNudgeNotInUnit = "{0} is not in your unit (or has left), so no reminder was sent.",
        UnitNudged = "Reminded {0} people: {1}.",
        UnitNudgeSkippedPledged = "Not reminded, already pledged: {0}.",
        UnitNudgeSkippedToday = "Not reminded again, already reminded today: {0}.",
        UnitNudgeSkippedCap = "Not reminded, they already got the maximum of {0} reminders: {1}.",
        UnitNudgeSkippedUnreachable = "Could not be reminded, ThiDuaBot is not installed for them: {0}.",
        UnitNudgeNobody = "Nobody is left to remind.",
        UnitNamesAndMore = "{0} and {1} more",
        RoleStaff = "staff members",
        RoleUnitHead = "unit heads",
        RoleLeadership = "leadership",
        RoleCouncilMember = "members of the Emulation and Commendation Council",
        RoleCouncilSecretary = "the secretary of the Emulation and Commendation Council",
        NotAllowed = "Sorry, only {0} can do this. If you need to, please contact the council secretary.",
        Or = "or",
        SetupCouncilChannelDone = "Channel **{0}** of team **{1}** is now the council's channel. Campaign digests will be posted here.",
        SetupCouncilChannelAlready = "This channel is already the council's channel. Nothing changed.",
        SetupCouncilChannelMoved = "The council's channel used to be in team **{0}**; digests will be posted in this channel from now on.",
        SetupWhere = "Use **setup** in a channel of the council's team (@mention me: @ThiDuaBot setup) or in your personal chat with me.",
        GeneralChannelName = "General",
        AdminTitle = "Campaign administration",
        AdminCouncilChannel = "Council channel",
        AdminCouncilChannelNotSet = "Not chosen yet. In a channel of the council's team, type: @ThiDuaBot setup",
        AdminCampaign = "Campaign plan",
        AdminCampaignNotLoaded = "No campaign loaded yet.",
        AdminCampaignVersion = "version {0}, loaded on {1}",
        AdminRoster = "Roster",
        AdminRosterCounts = "{0} units, {1} people",
        AdminPhases = "Phases",
        PhaseNotStarted = "not started",
        PhaseActive = "in progress",
        PhaseClosed = "closed",
        AdminLoadSample = "Load the sample plan",
        AdminLoadText = "Load a plan from text",
        AdminLoadTextLabel = "Paste the plan file (YAML)",
        AdminLoadTextSubmit = "Check and load",
        AdminImportGraph = "Import the roster from Microsoft 365",
        AdminImportCsv = "Import the roster from a CSV file",
        AdminImportCsvLabel = "Paste the CSV file (first line: column names)",
        AdminImportCsvSubmit = "Check and import",
        AdminStatus = "Show status",
        AdminInstallMissing = "Install ThiDuaBot for people not reachable yet",
        AdminPhaseLabel = "Phase",
        AdminPhaseStart = "Start phase",
        AdminPhaseClose = "Close phase",
        AdminFileTip = "You can also send the plan file (.yaml) or the roster (.csv) in this chat.",
        AdminBack = "Back",
        StatusTitle = "Campaign status",
        StatusNoCampaign = "No campaign is running. Load a campaign plan first.",
        StatusReachPersonal = "Have ThiDuaBot installed (reachable now)",
        StatusReachTeam = "Reachable through a team that has ThiDuaBot",
        StatusInstallPending = "Waiting for ThiDuaBot to be installed",
        StatusUnreachable = "Not reachable yet",
        StatusByUnit = "By unit (reachable / total)",
        StatusUnreachableHeading = "People the bot cannot reach yet",
        StatusAndMore = "… and {0} more.",
        StatusPendingHeading = "People waiting for ThiDuaBot to be installed",
        PendingRequested = "install requested on {0}",
        PendingAlreadyInstalled = "Microsoft 365 said it is already installed ({0}); waiting for Teams to confirm",
        ReasonNoAccountLink = "not linked to a Microsoft 365 account yet (has never talked to ThiDuaBot)",
        ReasonNotInstalled = "ThiDuaBot is not installed for them nor in any of their teams",
        ReasonUninstalled = "uninstalled ThiDuaBot",
        NoUnit = "(no unit)",
        CampaignLoaded = "Loaded the plan “{0}” (version {1}).",
        CampaignUnchanged = "This plan is already loaded exactly as it is; nothing changed.",
        CampaignRefused = "The plan was not loaded because the file has mistakes. Fix the ones below and load it again; nothing was stored.",
        MoreProblems = "… and {0} more.",
        CampaignConflict = "Someone has just loaded another version of this plan. Check it and load again; nothing was stored.",
        CampaignChangesHeading = "What changed since the previous version:",
        CampaignOrphanWarning = "Note: some items were removed from the plan. Data already collected for them is kept.",
        CampaignNowActive = "This plan is now the running campaign (instead of “{0}”).",
        RosterCopied = "Copied the roster ({0} people, {1} units) from the previous campaign; import it again if it changed.",
        PasteSomething = "Paste the content into the box first.",
        PastedTooLongToShow = "What you pasted is too long to show here again. Fix it in your file and paste it again.",
        NoActiveCampaign = "No campaign is running. Load a campaign plan first.",
        PhaseUnknown = "This phase is not in the running campaign.",
        PhaseStarted = "Started {0}.",
        PhaseClosedNow = "Closed {0}.",
        PhaseAlreadyActive = "{0} is already in progress; nothing changed.",
        PhaseAlreadyClosed = "{0} is closed and cannot be started again.",
        PhaseNotActive = "{0} has not started, so it cannot be closed.",
        PhaseOtherActive = "{0} is in progress. Close it before starting another phase.",
        PhaseChangedMeanwhile = "Someone has just changed this campaign. Please try again.",
        RosterImported = "Roster imported: {0} added, {1} updated, {2} marked as left, {3} unchanged; {4} rows skipped.",
        RosterNothingChanged = "The roster is already exactly like this; nothing changed.",
        RosterRefused = "The roster was not imported; nothing changed.",
        RosterAddedHeading = "Added:",
        RosterChangedHeading = "Updated:",
        RosterLeftHeading = "Left (their data is kept):",
        RosterRejectedHeading = "Rows skipped:",
        RosterRejectedLine = "Line {0}: {1}",
        RosterUnitsAdded = "New units: {0}.",
        RosterUnitsDeactivated = "Units with nobody left: {0}.",
        RosterSecretariesMissing = "Council secretaries named in the configuration but not on the roster: {0}.",
        RosterGraphSkipped = "Left out {0} disabled accounts, {1} guests and {2} people outside the chosen units.",
        RosterGraphNoManagers = "Microsoft 365 would not give managers; unit heads were taken from job titles.",
        FileNotUnderstood = "I only take a campaign plan file (.yaml, .yml) or a staff roster (.csv).",
        FileTooLarge = "The file is too large (at most 2 MB).",
        FileNotDownloaded = "I could not download the file from Teams. Please send it again.",
        FilesOnlyInPersonalChat = "Please send files in your personal chat with me.",
        InstallRequested = "Asked Microsoft 365 to install ThiDuaBot for {0} people. Once Teams has installed it, ThiDuaBot can message them.",
        InstallAlreadyInstalled = "{0} people already have ThiDuaBot; waiting for Teams to tell ThiDuaBot.",
        InstallNobodyToAsk = "Nobody needs ThiDuaBot installed right now.",
        InstallRecentlyRequested = "{0} people were already asked for in the last 24 hours, so they were not asked again.",
        InstallSkippedUninstalled = "Skipped {0} people who removed ThiDuaBot themselves: ThiDuaBot is not reinstalled for someone who removed it.",
        InstallNoAccountLink = "{0} people are not linked to a Microsoft 365 account, so ThiDuaBot cannot be installed for them: {1}. Import the roster from Microsoft 365, or add the AAD object id column to the CSV file.",
        InstallFailedHeading = "Could not install for {0} people:",
        InstallFailedNotFound = "Microsoft 365 found no such account, or no ThiDuaBot in the app catalog (HTTP 404)",
        InstallFailedRefused = "Microsoft 365 refused to install it for this person (HTTP 403), perhaps because of a Teams app policy or licence",
        InstallFailedInvalidId = "the account id (AAD object id) is not valid",
        InstallFailedNoAnswer = "Microsoft 365 did not answer; try again later",
        InstallFailedOther = "Microsoft 365 answered with HTTP {0}",
        InstallPermissionMissing = "Stopped: Microsoft 365 refused (HTTP {0}) because ThiDuaBot lacks the TeamsAppInstallation.ReadWriteSelfForUser.All permission. "
            + "A Microsoft 365 administrator must grant it (as an application permission) with admin consent; then try again.",
        InstallNotConfigured = "ThiDuaBot cannot be installed through Microsoft 365: the bot needs its app credentials and ThiDuaBot's id in the Teams app catalog (Roster:Graph:TeamsAppId).",
        InstallNotAsked = "{0} people were not asked.",
        InstallMoreToAsk = "{0} more people still to ask; press the install button again to continue.",
        AdminPledgeRound = "Pledges",
        AdminPledgeNotLaunched = "Not launched yet. Pledge deadline: {0}.",
        AdminPledgeLaunched = "Launched at {0}: {1} of {2} cards sent; {3} people not reachable. Pledge deadline: {4}.",
        AdminPledgeDeadlinePassed = "The pledge deadline has passed ({0}).",
        AdminLaunch = "Launch the pledge round",
        AdminLaunchTopUp = "Send cards to people who have none yet",
        LaunchStarted = "The pledge round is launched: {0} cards are being sent to {1} people; {2} people cannot be reached yet. Sending progress is on the card below.",
        LaunchToppedUp = "{0} more cards are being sent to people added or reachable since; {1} cards already sent are not sent again; {2} people still cannot be reached.",
        LaunchNothingNew = "Nobody new to send to: everyone reachable already has a card; {0} people cannot be reached yet.",
        LaunchDeadlinePassed = "The pledge deadline ({0}) has passed, so the round cannot be launched.",
        LaunchCampaignClosed = "Every phase of this plan is closed, so the round cannot be launched.",
        LaunchNobody = "The roster is empty: import it before launching.",
        LaunchCardTitle = "Pledge round launch",
        LaunchBy = "Launched by",
        LaunchAt = "When",
        LaunchRunning = "Sending cards… (updated at {0})",
        LaunchDone = "Finished sending at {0}.",
        LaunchCards = "Cards to send",
        LaunchSent = "Sent",
        LaunchWaiting = "Waiting",
        LaunchNotDelivered = "Could not be sent",
        LaunchUncertain = "Not sure it arrived",
        LaunchNotReachedCount = "People not reachable (not sent)",
        LaunchNotDeliveredHeading = "Cards could not be sent to:",
        LaunchNotReachedHeading = "Not reachable:",
        LaunchMore = "… and {0} more (see “Show status” on the admin card).",
        LaunchHint = "Once these people have ThiDuaBot (the “Install ThiDuaBot for people not reachable yet” button can help), press “Send cards to people who have none yet” on the admin card: only people without a card get one. People added to the roster later get theirs automatically.",
        LaunchRefresh = "Refresh",
        LaunchReasonRemoved = "Teams refused: this person removed or blocked ThiDuaBot",
        LaunchReasonFailed = "sending failed ({0})",
        LaunchReasonUncertain = "the server stopped while sending: it may or may not have arrived",
        LaunchReasonPending = "waiting for Teams to install ThiDuaBot",
        LaunchNoLaunch = "This pledge round has not been launched.",
        AdminLaunchConfirm = "ThiDuaBot will send the pledge card to the {0} people on the roster (those it can reach); unit heads also get their unit's card. Send now?",
        AdminLaunchGo = "Send the pledge cards",
        LaunchSentToNewPeople = "The pledge round is running: {0} pledge cards are being sent to people added or whose unit or role changed.",
        PledgeRefresh = "Refresh the card",
        ProgressHeading = "Progress report for {0}",
        ProgressStatusNotStarted = "Not started",
        ProgressStatusInProgress = "In progress",
        ProgressStatusDone = "Done",
        ProgressStatusBlocked = "Facing difficulties",
        ProgressStatusPlaceholder = "Status",
        ProgressNotReported = "(not reported)",
        ProgressAchievedPlaceholder = "What was achieved this month",
        ProgressAreasHeading = "Progress on each content area you pledged",
        ProgressGoodDeedHeading = "Good deed or exemplar (optional)",
        ProgressGoodDeedAboutLabel = "About",
        ProgressGoodDeedSelf = "Myself",
        ProgressGoodDeedColleague = "A colleague",
        ProgressGoodDeedNameLabel = "Colleague's name (if about a colleague)",
        ProgressGoodDeedTextLabel = "The good deed or outstanding achievement",
        ProgressGoodDeedAboutSelf = "About themselves: {0}",
        ProgressGoodDeedAboutColleague = "About a colleague: {0}",
        ProgressSubmit = "Send the report",
        ProgressEdit = "Edit the report",
        ProgressEditable = "Sent. You can edit it until your unit closes its monthly report.",
        ProgressFinal = "This month's report is closed.",
        ProgressSaved = "Report saved (version {0}).",
        ProgressUnchanged = "Nothing changed from the saved report; no new version stored.",
        ProgressAlreadySaved = "This report was saved already.",
        ProgressErrorsHeading = "Your report was not sent: fix the items below and send it again. Nothing was stored.",
        ProgressNothingReported = "Choose a status for at least one content area.",
        ProgressStatusUnknown = "Unknown status for: {0}.",
        ProgressStatusMissing = "Choose a status for the areas where you wrote what was achieved: {0}.",
        ProgressAchievedTooLong = "What was achieved for “{0}” is {1} characters long; at most {2}.",
        ProgressAchievedTotalTooLong = "What was achieved adds up to {0} characters; at most {1}. Please be briefer.",
        ProgressGoodDeedTooLong = "The good deed is {0} characters long; at most {1}.",
        ProgressGoodDeedNameTooLong = "The colleague's name is longer than {0} characters.",
        ProgressGoodDeedNameRequired = "Write the name of the colleague you put forward.",
        ProgressGoodDeedTextRequired = "Describe the good deed or achievement of the person you put forward.",
        ProgressGoodDeedAboutUnknown = "Choose whether the good deed is about yourself or a colleague.",
        ProgressTextCut = "Some texts are too long to show in full on the card.",
        ProgressNoPledge = "You have not pledged yet, so there is no progress to report. Type **pledge** to pledge first.",
        ProgressNotYours = "This report card belongs to someone else; you cannot submit it for them. Type **report** to open yours.",
        ProgressOtherCampaign = "This card belongs to a campaign that is no longer running. Type **report** to open this month's card.",
        ProgressBadMonth = "This card does not say which month it reports on. Type **report** to open this month's card.",
        ProgressMonthFuture = "{0} has not begun, so it cannot be reported on yet.",
        ProgressMonthOutsidePhases = "{0} is in no phase of the campaign, so there is no progress report for it.",
        ProgressPhaseClosed = "{1} has been closed: reports for {0} are no longer taken.",
        ProgressUnitMonthClosed = "Your unit has closed its report for {0}: reports for that month can no longer be sent or edited.",
        ProgressPledgeChanged = "Your pledge changed after this card was sent. The card below follows your current pledge and keeps what you typed; check it and send it again.",
        ProgressConflict = "The report was being changed elsewhere at the same moment. Please try again.",
        ProgressCommandWord = "report",
        ProgressCommandDescription = "Open this month's progress report card for your pledge.",
        UnitMonthCommandWord = "unit report",
        UnitMonthCommandDescription = "For unit heads: the unit's monthly progress, reminders to those who have not reported, good deeds to confirm, and the unit's monthly report. Add a month if needed, for example: unit report 03/2013.",
        UnitMonthTitle = "Unit report for {0}",
        UnitMonthReportDay = "People report by",
        UnitMonthReportState = "Unit report",
        UnitMonthReportNotYet = "Not sent yet",
        UnitMonthReportSent = "Sent, version {0}, at {1} ({2})",
        UnitMonthMembers = "People in the unit",
        UnitMonthReportedCount = "Reported",
        UnitMonthNotReportedCount = "Not reported",
        UnitMonthWithoutPledge = "Of whom without a pledge",
        UnitMonthAreasHeading = "Status by content area (number of reports)",
        UnitMonthAreaCounts = "Done {0} · In progress {1} · Not started {2} · Facing difficulties {3}",
        UnitMonthEveryoneReported = "Everyone in the unit has reported.",
        UnitMonthLateHeading = "Late, not reported ({0})",
        UnitMonthNotYetHeading = "Not reported yet ({0})",
        UnitMonthWithoutPledgeHeading = "No pledge, so no report ({0})",
        UnitMonthReportedHeading = "Reported ({0})",
        UnitMonthReportedNote = "at {0}, version {1}",
        UnitMonthDeedsHeading = "Good deeds put forward this month ({0})",
        UnitMonthDeedAboutSelf = "about themselves",
        UnitMonthDeedAboutColleague = "about a colleague, {0}",
        UnitMonthDeedPending = "Waiting for your decision",
        UnitMonthDeedConfirmed = "Confirmed",
        UnitMonthDeedSetAsideState = "Set aside",
        UnitMonthDeedConfirm = "Confirm",
        UnitMonthDeedSetAside = "Set aside",
        UnitMonthDeedsMore = "… and {0} more (the card shows those waiting for a decision first).",
        UnitMonthReportHeading = "The unit's monthly report",
        UnitMonthCommentLabel = "Your comment as unit head (optional, at most 2,000 characters)",
        UnitMonthReasonLabel = "Why you amend the report (required, at most 500 characters)",
        UnitMonthSubmit = "Send the monthly report",
        UnitMonthAmend = "Amend the monthly report",
        UnitMonthAmendHeading = "Amend the monthly report",
        UnitMonthSubmittedBy = "Sent by",
        UnitMonthReasonShown = "Reason for the amendment",
        UnitMonthCommentShown = "The unit head's comment",
        UnitMonthNoComment = "(no comment)",
        UnitMonthNudgeAll = "Remind everyone who has not reported",
        UnitMonthNudgeAllLate = "Remind everyone who is late",
        UnitMonthDigestPosted = "The council has already published its digest for {0}, so the report can no longer be amended.",
        UnitMonthSubmitted = "The unit's report for {0} was sent (version 1). People of the unit can no longer send or edit their reports for that month.",
        UnitMonthAlreadySubmitted = "The unit's report for {0} was already sent by {1} at {2}; it was not sent again. You can amend it with the button below.",
        UnitMonthAmended = "The amended report was saved (version {0}).",
        UnitMonthAlreadySaved = "This amendment was saved already.",
        UnitMonthNotSubmitted = "The unit has not sent its report for {0}, so there is nothing to amend.",
        UnitMonthErrorsHeading = "Nothing was saved: fix the items below and try again.",
        UnitMonthReasonRequired = "Write why you amend the report.",
        UnitMonthReasonTooLong = "The reason is {0} characters long; at most {1}.",
        UnitMonthCommentTooLong = "The comment is {0} characters long; at most {1}.",
        UnitMonthConflict = "The report was being changed elsewhere at the same moment. Please try again.",
        UnitMonthDeedSaved = "Recorded for {0}'s good deed: {1}.",
        UnitMonthDeedUnchanged = "This decision was recorded already.",
        UnitMonthDeedClosed = "The unit's monthly report has been sent, so decisions on good deeds can no longer change.",
        UnitMonthDeedNotInUnit = "{0} is not in your unit (or has left); nothing was recorded.",
        UnitMonthDeedNone = "{0} put forward no good deed for {1}; nothing was recorded.",
        UnitMonthDeedUnknownDecision = "The card sent an unknown decision; nothing was recorded. Type **unit report** to open a new card.",
        UnitMonthBadMonth = "This card does not say which month it is for. Type **unit report** to open this month's card.",
        UnitMonthCommandBadMonth = "“{0}” is not a month. Write it as MM/yyyy, for example: **unit report 03/2013**.",
        UnitMonthOtherCampaign = "This card belongs to a campaign that is no longer running. Type **unit report** to open the running campaign's card.",
        UnitMonthNotHead = "According to the current roster you are not the head of this unit, so you cannot use this card. Type **unit report** to open your own unit's card.",
        UnitMonthUnknownAction = "The card sent an unknown action; nothing was stored. Type **unit report** to open a new card.",
        UnitMonthNudgeNotice = "Your unit head {0} reminds you to send your progress report for {1} (due on {2}). Please fill it in and send it on this card.",
        UnitMonthNudgeSkippedReported = "Not reminded, already reported: {0}.",
        UnitMonthNudgeSkippedNoPledge = "Not reminded, no pledge to report on: {0}.",
        UnitMonthNudgeSkippedClosed = "Not reminded, the month is closed for them: {0}.",
        UnitMonthNudgeNobody = "There is nobody left to remind.",
        UnitMonthNudgeClosed = "The unit's monthly report has been sent, so nobody is reminded any more.",
        ProgressPromptNotice = "Time to report your progress for {0}: please fill in and send this report by {1}.",
        ProgressReminderNotice = "Reminder: you have not sent your progress report for {0} (it was due on {1}). Please fill it in and send it on this card.",
        UnitReportPromptNotice = "Staff report their progress for {0} today. Your unit's monthly report is due on {1}.",
        UnitReportReminderDueToday = "Reminder: your unit's monthly report for {0} is due today ({1}).",
        UnitReportReminderOverdue = "Reminder: your unit has not submitted its monthly report for {0} (it was due on {1}). Please review the status below and submit it.",
        UnitReportSummary = "Monthly report for {0}: {1}",
        ExportCommandWord = "export",
        ExportCommandDescription = "For leadership, the council and its secretary: an Excel file of pledges, progress, unit reports and good deeds (months optional: export excel 03/2013 - 06/2013); or the phase review report in Word: export word, export word 2.",
        ExportOnlyPersonalChat = "Exported files hold everyone's data, so I only send them in a personal chat. Please message me “export” there.",
        ExportNoCampaign = "No campaign is running, so there is nothing to export yet.",
        ExportUnknownFormat = "“{0}” is not understood. Type **export** (Excel file), **export excel 03/2013 - 06/2013** (Excel for some months) or **export word 1** (phase review report in Word).",
        ExportBadMonths = "“{0}” is not a month range. Write months as MM/yyyy, the first before the last, for example: **export excel 03/2013 - 06/2013**.",
        ExportMonthsOutsideCampaign = "The months “{0}” are outside the campaign (months {1} to {2}) or still to come.",
        ExportUnknownPhase = "The campaign has no phase “{0}”. Its phases: {1}. For example: **export word 1**.",
        ExportWorkbookTitle = "Campaign data in Excel",
        ExportWorkbookText = "Months {0}: pledges, personal progress, unit progress, unit reports, good deeds (in Vietnamese).",
        ExportReportTitle = "Report in Word",
        ExportReportText = "Draft {0} report for {1} ({2}), in Vietnamese. Section I holds the figures; sections II–IV are left for the secretary to write before signing.",
        ExportReviewInterim = "interim review",
        ExportReviewFinal = "final review",
        ExportDownload = "Download",
        ExportLinkExpires = "The link works until {0}. The file is made from the data as it is when you download it.",
        ExportLinkPrivate = "This link is for you only; please do not forward it.",
        ExportSummary = "Export: {0}",
        DigestTitle = "Campaign digest for {0}",
        DigestOfficialNote = "The month's official digest for the Emulation and Commendation Council. Units can no longer amend their reports for this month.",
        DigestOnDemandNote = "Digest on request at {0}; the figures may still change.",
        DigestUnitsSubmitted = "Units that sent their monthly report",
        DigestOutOf = "{0} of {1}",
        DigestMembers = "Staff in the campaign",
        DigestPledged = "Pledged",
        DigestReported = "Reported their progress",
        DigestCountPercent = "{0} people ({1}%)",
        DigestLate = "Late (pledged, no report)",
        DigestDone = "Content areas reported done",
        DigestChangeLabel = "Compared with {0}",
        DigestChangeValue = "reported {0} points (before: {2}%), done {1} (before: {3})",
        DigestChartHeading = "Share of staff who reported, by unit",
        DigestChartTitle = "Reported (%)",
        DigestChartAxis = "Share (%)",
        DigestChartFallback = "(The chart cannot be shown here; see the table below.)",
        DigestUnitsHeading = "Participation by unit",
        DigestUnitsOrder = "Units with the lowest share reported come first.",
        DigestUnitLine = "pledged {0}/{1} · reported {2} ({3}%) · late {4} · {5}",
        DigestUnitReportSent = "unit report sent",
        DigestUnitReportMissing = "**no unit report yet**",
        DigestUnitsMore = "… and {0} more units.",
        DigestMissingHeading = "Units without their monthly report ({0})",
        DigestAllSubmitted = "Every unit has sent its monthly report.",
        DigestTitlesHeading = "Titles aimed at",
        DigestCollectiveMark = "(unit)",
        DigestAreasHeading = "Progress by content area",
        DigestAreaCounts = "done {0} · in progress {1} · not started {2} · facing difficulties {3}",
        DigestDeedsHeading = "Confirmed good deeds and exemplars ({0})",
        DigestNoDeeds = "No good deed was confirmed by a unit head this month.",
        DigestDeedAboutSelf = "**{0}** ({1}), about themselves:",
        DigestDeedAboutColleague = "**{0}** ({1}) about their colleague **{2}**:",
        DigestDeedsMore = "… and {0} more.",
        DigestFullTableNote = "The full table is in the Excel export (type **xuất báo cáo**).",
        DigestSummary = "Campaign digest for {0}",
        DigestCommandWord = "digest",
        DigestCommandDescription = "For the council, leadership and the secretary: the month's digest (participation by unit, titles, progress, good deeds). Add a month if needed, e.g. digest 03/2013. The pledge round by unit: digest pledges. A phase's interim review: digest phase 1; the year's final review: digest final. Type it in the council channel (@mention me) to post it there, or in this chat to see it yourself.",
        DigestBadMonth = "“{0}” is not a month. Write it as MM/yyyy, for example: **digest 03/2013**; or **digest pledges** (the pledge round), **digest phase 1**, **digest final**.",
        DigestFutureMonth = "{0} has not come yet, so there is nothing to sum up.",
        DigestOutsidePhases = "{0} is outside every phase of the campaign, so there is no digest for it.",
        DigestWrongChannel = "This is not the council's channel ({0}). Type the command there, or in your personal chat with me.",
        DigestNoCouncilChannel = "The council's channel has not been chosen. The council secretary should @mention me with **setup** in that channel. Meanwhile you can type **digest** in your personal chat with me.",
        ReviewTitleInterim = "Interim review of {0} ({1} – {2})",
        ReviewTitleFinal = "Final review of {0} ({1} – {2})",
        ReviewOfficialNoteInterim = "{0} has ended. The interim review for the Emulation and Commendation Council, ahead of the nominations.",
        ReviewOfficialNoteFinal = "{0}, the year's last phase, has ended. The review of the whole year for the Emulation and Commendation Council, ahead of the nominations.",
        ReviewMonthsCounted = "Months counted: {0}.",
        ReviewUnits = "Units",
        ReviewCountOfPercent = "{0} of {1} ({2}%)",
        ReviewReports = "Monthly reports given/due",
        ReviewUnitReports = "Unit monthly reports submitted",
        ReviewDeedsConfirmed = "Good deeds confirmed",
        ReviewMonthsHeading = "Month by month",
        ReviewMonthLine = "reported {0}/{1} ({2}%) · unit reports {3}/{4}",
        ReviewChartHeading = "Share of due monthly reports given in the period, by unit",
        ReviewChartTitle = "Reported (%)",
        ReviewUnitsOrder = "Units with the lowest share first.",
        ReviewUnitLine = "pledged {0}/{1} · reports {2}/{3} ({4}%) · unit reports {5}/{6} months",
        ReviewAreasNote = "From each person's latest report in the period.",
        ReviewDeedsHeading = "Good deeds and exemplars confirmed in the period ({0})",
        ReviewNoDeeds = "No proposal was confirmed by a unit head in the period.",
        ReviewExportNoteInterim = "The interim review as a Word report to finish and sign: type **export word {0}**; the full table: **export excel**.",
        ReviewExportNoteFinal = "The final review as a Word report to finish and sign: type **export word {0}**; the full table: **export excel**.",
        ReviewNotStarted = "{0} has not started yet (it starts on {1}), so there is nothing to review.",
        ReviewNoMonths = "No month of {0} has reached its report day yet, so there is nothing to review.",
        ReviewUnknownPhase = "The campaign has no phase “{0}”. Its phases: {1}. For example: **digest phase 1**, **digest final**.",
        PledgeDigestTitle = "Pledge round digest",
        PledgeDigestWeeklyNote = "Weekly digest for the council, figures as of {0}.",
        PledgeDigestDaysLeft = "Pledge deadline: {0} ({1} day(s) left).",
        PledgeDigestLastDay = "Pledge deadline: today, {0}.",
        PledgeDigestRoundClosed = "The pledge round closed on {0}: final figures.",
        PledgeDigestNotYet = "Not pledged yet",
        PledgeDigestUnitsCollective = "Units with their collective pledge",
        PledgeDigestChangeLabel = "Since {0}",
        PledgeDigestChangeValue = "{0} → {1} people ({2})",
        PledgeDigestChartHeading = "Share of staff who pledged, by unit",
        PledgeDigestChartTitle = "Pledged (%)",
        PledgeDigestUnitsHeading = "Pledges by unit",
        PledgeDigestUnitsOrder = "Units with the lowest share pledged come first.",
        PledgeDigestUnitLine = "pledged {0}/{1} ({2}%) · not yet {3} · {4}",
        PledgeDigestCollectiveIn = "unit pledge in",
        PledgeDigestCollectiveMissing = "**no unit pledge yet**",
        PledgeDigestNoTitles = "No pledges yet.",
        PledgeDigestSummary = "Pledge round digest as of {0}",
    };
}
