namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>The install request for one person: outcome, and for a failure why and the HTTP status (0: none).</summary>
public sealed record PersonInstallResult(string AadObjectId, InstallOutcome Outcome, InstallFailure Failure = InstallFailure.None, int Status = 0);
