using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using ThiDuaBot.Bot.Features.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// Installs ThiDuaBot in the personal scope of people through Microsoft Graph ("Install app for user"):
/// <c>POST {BaseUrl}/users/{id}/teamwork/installedApps</c> with
/// <c>{"teamsApp@odata.bind":"{BaseUrl}/appCatalogs/teamsApps/{TeamsAppId}"}</c>, signed in as the bot (application
/// permission TeamsAppInstallation.ReadWriteSelfForUser.All). 201: requested, Teams then sends the bot the personal
/// <c>conversationUpdate</c>; 409: already installed. At most <see cref="MaxConcurrentRequests"/> requests at a time
/// (Graph allows 30 POST installedApps a second per app and tenant); a 401, or a 403 naming a missing permission, stops
/// the batch: no further person is asked, requests already sent finish.
/// </summary>
public sealed class TeamsAppInstaller(GraphClients graph, IOptions<GraphRosterOptions> options, ILogger<TeamsAppInstaller> logger)
{
    public const int MaxConcurrentRequests = 4;

    /// <summary>Whether installs can be asked for at all: app credentials and <c>Roster:Graph:TeamsAppId</c>.</summary>
    public bool IsAvailable => graph.HasCredentials && !string.IsNullOrWhiteSpace(options.Value.TeamsAppId);

    public async Task<InstallBatchResult> InstallAsync(string tenantId, IReadOnlyList<string> aadObjectIds, CancellationToken cancellationToken)
    {
        var teamsAppId = options.Value.TeamsAppId?.Trim();
        using var client = string.IsNullOrEmpty(teamsAppId) ? null : graph.Create(tenantId);
        if (client is null)
        {
            return new InstallBatchResult([], InstallStop.NotConfigured, 0, aadObjectIds.Count);
        }
        var appBinding = $"{graph.BaseUrl}/appCatalogs/teamsApps/{teamsAppId}";

        var results = new PersonInstallResult?[aadObjectIds.Count];
        StopReason? stop = null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentRequests, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, aadObjectIds.Count), parallel, async (index, token) =>
        {
            if (Volatile.Read(ref stop) is not null)
            {
                return;
            }
            var (result, stopReason) = await InstallOneAsync(client, aadObjectIds[index], appBinding, token).ConfigureAwait(false);
            if (stopReason is not null)
            {
                Interlocked.CompareExchange(ref stop, stopReason, null);
                return;
            }
            results[index] = result;
        }).ConfigureAwait(false);

        var asked = results.OfType<PersonInstallResult>().ToList();
        var batch = new InstallBatchResult(asked, stop?.Stop ?? InstallStop.None, stop?.Status ?? 0, aadObjectIds.Count - asked.Count);
        logger.LogInformation(
            "Asked Microsoft Graph to install ThiDuaBot for {Asked} people: {Requested} requested, {Already} already installed, {Failed} failed; stopped: {Stop}",
            asked.Count, batch.Count(InstallOutcome.Requested), batch.Count(InstallOutcome.AlreadyInstalled), batch.Count(InstallOutcome.Failed), batch.Stop);
        return batch;
    }

    private async Task<(PersonInstallResult? Result, StopReason? Stop)> InstallOneAsync(
        GraphServiceClient client, string aadObjectId, string appBinding, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(aadObjectId, out var objectId))
        {
            return (new PersonInstallResult(aadObjectId, InstallOutcome.Failed, InstallFailure.InvalidObjectId), null);
        }
        // The documented body, as Microsoft's C# snippet for this call sends it (the SDK adds the model's "@odata.type").
        var body = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object> { ["teamsApp@odata.bind"] = appBinding },
        };
        try
        {
            await client.Users[objectId.ToString()].Teamwork.InstalledApps.PostAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (new PersonInstallResult(aadObjectId, InstallOutcome.Requested), null);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 409)
        {
            return (new PersonInstallResult(aadObjectId, InstallOutcome.AlreadyInstalled, Status: 409), null);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 401 || (ex.ResponseStatusCode == 403 && NamesMissingPermission(ex)))
        {
            logger.LogWarning("Microsoft Graph refused to install ThiDuaBot (HTTP {Status}, {Code}): the app lacks its permission", ex.ResponseStatusCode, ErrorCode(ex));
            return (null, new StopReason(InstallStop.PermissionMissing, ex.ResponseStatusCode));
        }
        catch (ApiException ex)
        {
            logger.LogWarning("Microsoft Graph did not install ThiDuaBot for {AadObjectId}: HTTP {Status}, {Code}", aadObjectId, ex.ResponseStatusCode, ErrorCode(ex));
            var failure = ex.ResponseStatusCode switch
            {
                404 => InstallFailure.NotFound,
                403 => InstallFailure.Refused,
                _ => InstallFailure.Other,
            };
            return (new PersonInstallResult(aadObjectId, InstallOutcome.Failed, failure, ex.ResponseStatusCode), null);
        }
        catch (AuthenticationFailedException ex)
        {
            logger.LogWarning(ex, "Could not sign in to Microsoft Graph to install ThiDuaBot");
            return (null, new StopReason(InstallStop.SignInFailed, 0));
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "No answer from Microsoft Graph to the install for {AadObjectId}", aadObjectId);
            return (new PersonInstallResult(aadObjectId, InstallOutcome.Failed, InstallFailure.NoAnswer), null);
        }
    }

    /// <summary>
    /// A 403 of the app rather than of one person: Graph answers a missing application permission with
    /// "Missing role permissions on the request. API requires one of 'TeamsAppInstallation…'" (code Forbidden).
    /// </summary>
    private static bool NamesMissingPermission(ApiException ex) =>
        ex is ODataError { Error: { } error }
        && ((error.Message?.Contains("permission", StringComparison.OrdinalIgnoreCase) ?? false)
            || string.Equals(error.Code, "Authorization_RequestDenied", StringComparison.OrdinalIgnoreCase));

    private static string? ErrorCode(ApiException ex) => (ex as ODataError)?.Error?.Code;

    private sealed record StopReason(InstallStop Stop, int Status);
}
