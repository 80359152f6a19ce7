using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>
/// The role check when a link is opened, from storage again: the requester must still be an active person of the
/// campaign with one of <see cref="ExportCommand.Allowed"/>, or still be named in <c>Setup:Secretaries</c>.
/// </summary>
public sealed class ExportAccess(RosterStore roster, IOptions<SetupOptions> setup)
{
    public async Task<bool> StillAllowedAsync(ExportTicket ticket, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(ticket.RequestedBy))
        {
            return false;
        }
        var configured = setup.Value.Secretaries.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        if (configured.Contains(ticket.RequestedBy, StringComparer.OrdinalIgnoreCase)
            || (ticket.SignInName is { Length: > 0 } name && configured.Contains(name, StringComparer.OrdinalIgnoreCase)))
        {
            return true;
        }
        var person = await roster.FindByAadObjectIdAsync(ticket.TenantId, ticket.CampaignId, ticket.RequestedBy, cancellationToken).ConfigureAwait(false);
        return person is { Active: true } && (person.Roles & ExportCommand.Allowed) != Role.None;
    }
}
