using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Bot.Features.Conversations;
using ThiDuaBot.Bot.Features.Exports;
using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Bot.Features.Digests.Reviews;
using ThiDuaBot.Bot.Features.Help;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Pledges.Reminders;
using ThiDuaBot.Bot.Features.Pledges.Units;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Bot.Features.Progress.Reminders;
using ThiDuaBot.Bot.Features.Progress.Units;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Features.Setup;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Bot.Scheduling;
using ThiDuaBot.Storage.Exports;
using ThiDuaBot.Storage.Reminders;
using ThiDuaBot.Storage.Scheduling;

namespace ThiDuaBot.Bot.Hosting;

public static class FeatureServiceCollectionExtensions
{
    /// <summary>Every feature's handlers: commands, card verbs, conversation events.</summary>
    public static IServiceCollection AddBotFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SetupOptions>().Bind(configuration.GetSection(SetupOptions.Section));
        services.AddSingleton<CallerResolver>();
        services.AddSingleton<RoleCheck>();

        services.AddSingleton<IChatCommand, HelpCommand>();
        services.AddSingleton<IChatCommand, SetupCommand>();
        services.AddSingleton<AdminCardFactory>();
        services.AddSingleton<ReachabilityService>();
        services.AddSingleton<TeamsAppInstaller>();
        services.AddSingleton<ICardActionHandler, AdminShowHandler>();
        services.AddSingleton<ICardActionHandler, AdminStatusHandler>();
        services.AddSingleton<CampaignLoader>();
        services.AddSingleton<ICardActionHandler, AdminLoadSampleHandler>();
        services.AddSingleton<ICardActionHandler, AdminLoadTextHandler>();
        services.AddSingleton<RosterImportService>();
        services.AddSingleton<ICardActionHandler, AdminImportCsvHandler>();
        services.AddSingleton<ICardActionHandler, AdminImportGraphHandler>();
        services.AddSingleton<ICardActionHandler, AdminInstallMissingHandler>();
        services.AddSingleton<IFileHandler, UploadedFileHandler>();

        services.AddOptions<SampleDataOptions>().Bind(configuration.GetSection(SampleDataOptions.Section));
        services.AddHostedService<SampleDataLoader>();
        services.AddSingleton<ICardActionHandler>(sp => ActivatorUtilities.CreateInstance<AdminPhaseHandler>(sp, true));
        services.AddSingleton<ICardActionHandler>(sp => ActivatorUtilities.CreateInstance<AdminPhaseHandler>(sp, false));

        services.AddSingleton<PledgeCampaigns>();
        services.AddSingleton<PledgeCardFactory>();
        services.AddSingleton<PledgeDelivery>();
        services.AddSingleton<PledgeRequests>();
        services.AddSingleton<ICardActionHandler, PledgeSubmitHandler>();
        services.AddSingleton<ICardActionHandler, PledgeEditHandler>();
        services.AddSingleton<ICardActionHandler, PledgeRefreshHandler>();
        services.AddSingleton<IChatCommand, PledgeCommand>();
        services.AddSingleton<IChatCommand, PledgeStatusCommand>();
        services.AddOptions<PledgeLaunchOptions>().Bind(configuration.GetSection(PledgeLaunchOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PledgeLaunchOptions>, PledgeLaunchOptionsValidator>();
        services.AddSingleton<PledgeLaunchReporter>();
        services.AddSingleton<PledgeLaunchService>();
        services.AddSingleton<ICardActionHandler, AdminLaunchHandler>();
        services.AddSingleton<ICardActionHandler, PledgeLaunchRefreshHandler>();
        services.AddHostedService<PledgeLaunchMonitor>();

        // Pledge reminders and monthly progress sends (scheduler, one instance at a time) and the unit head's roll-up with nudges.
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<JobLeaseStore>();
        services.AddSingleton<PledgeReminderDispatch>();
        services.AddSingleton<PledgeReminderJob>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        services.AddSingleton<UnitRollups>();
        services.AddSingleton<UnitRequests>();
        services.AddSingleton<UnitNudges>();
        services.AddSingleton<IChatCommand, UnitRollupCommand>();
        services.AddSingleton<ICardActionHandler, UnitRefreshHandler>();
        services.AddSingleton<ICardActionHandler>(sp => ActivatorUtilities.CreateInstance<UnitNudgeHandler>(sp, false));
        services.AddSingleton<ICardActionHandler>(sp => ActivatorUtilities.CreateInstance<UnitNudgeHandler>(sp, true));
        services.AddSingleton<CampaignCallerResolver>();
        services.AddSingleton<ProgressCardFactory>();
        services.AddSingleton<ProgressRequests>();
        services.AddSingleton<ICardActionHandler, ProgressSubmitHandler>();
        services.AddSingleton<ICardActionHandler, ProgressEditHandler>();
        services.AddSingleton<IChatCommand, ProgressCommand>();
        services.AddSingleton<MonthSends>();
        services.AddSingleton<ProgressReminderDispatch>();
        services.AddSingleton<UnitReportDispatch>();
        services.AddSingleton<ProgressMonthlyJob>();

        // The unit head's month roll-up and the unit's monthly report (issue 5, unit head).
        services.AddSingleton<UnitMonthRollups>();
        services.AddSingleton<IUnitMonthCardSource>(sp => sp.GetRequiredService<UnitMonthRollups>());
        services.AddSingleton<UnitMonthRequests>();
        services.AddSingleton<IChatCommand, UnitMonthCommand>();
        services.AddSingleton<ICardActionHandler, UnitMonthRefreshHandler>();
        services.AddSingleton<ICardActionHandler, UnitMonthSubmitHandler>();
        services.AddSingleton<ICardActionHandler, UnitMonthAmendHandler>();
        services.AddSingleton<ICardActionHandler, UnitMonthDeedHandler>();
        services.AddSingleton<UnitMonthNudges>();
        services.AddSingleton<ICardActionHandler, UnitMonthNudgeHandler>();

        // Exports (issue 6): the Excel workbook and the Word phase report, delivered as signed download links.
        services.AddOptions<ExportOptions>().Bind(configuration.GetSection(ExportOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ExportOptions>, ExportOptionsValidator>();
        services.AddHttpContextAccessor();
        services.AddOptions<PublicAddressOptions>().Configure<IConfiguration>((o, c) =>
        {
            o.PublicBaseUrl = c[PublicAddressOptions.Key];
            o.WebsiteHostname = c[PublicAddressOptions.AppServiceHostKey];
        }).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicAddressOptions>, PublicAddressOptionsValidator>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<ExportKeyStore>();
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<ExportDataLoader>();
        services.AddSingleton<ExportFiles>();
        services.AddSingleton<ExportAccess>();
        services.AddSingleton<IChatCommand, ExportCommand>();
        // The council digest (issue 6): on demand, posted monthly by the scheduler, its chart image.
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.Section))
            .Validate(o => o.ChartLifetime >= TimeSpan.FromDays(1), "Digests:ChartLifetime must be at least 1.00:00:00 (a day).").ValidateOnStart();
        services.AddSingleton<ChartCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<ChartCleanup>());
        services.AddSingleton<ChartFont>();
        services.AddSingleton<DigestLoader>();
        services.AddSingleton<ChartImages>();
        services.AddSingleton<DigestCardFactory>();
        services.AddSingleton<DigestService>();
        services.AddSingleton<CouncilChannel>();
        services.AddSingleton<MonthlyDigestJob>();
        services.AddSingleton<ReviewDigests>();
        services.AddSingleton<ReviewDigestJob>();
        services.AddSingleton<PledgeDigestService>();
        services.AddSingleton<PledgeDigestJob>();
        services.AddSingleton<IChatCommand, DigestCommand>();

        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<IMessageHandler, CommandMessageHandler>();

        services.AddSingleton<IActivityObserver, ConversationRecorder>();
        services.AddSingleton<IConversationEventHandler, InstallationHandler>();
        return services;
    }
}
