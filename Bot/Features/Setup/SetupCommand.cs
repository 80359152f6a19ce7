using System.Globalization;
using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Bot.Features.Conversations;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// <c>thiết lập</c> / <c>setup</c>, council secretary only. In a team channel: makes that channel the council's
/// channel for the tenant. In the personal chat: shows the secretary's admin card.
/// </summary>
public sealed class SetupCommand(CallerResolver callers, TenantSettingsStore settings, AdminCardFactory adminCards, TimeProvider time) : IChatCommand
{
    public IReadOnlyList<string> Aliases { get; } = ["thiết lập", "setup", "quản trị", "admin"];

    public HelpEntry? Describe(Strings strings) => null; // for the secretary only; the admin card explains itself

    public async Task RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var caller = await callers.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        if (!caller.HasAny(Role.CouncilSecretary))
        {
            await turn.ReplyTextAsync(Caller.Refusal(turn.Strings, Role.CouncilSecretary), cancellationToken).ConfigureAwait(false);
            return;
        }
        switch (turn.Activity.Conversation?.ConversationType)
        {
            case "channel":
                await ChooseCouncilChannelAsync(context, caller, cancellationToken).ConfigureAwait(false);
                break;
            case "personal":
                var card = await adminCards.BuildAsync(turn.Strings, caller, cancellationToken).ConfigureAwait(false);
                await turn.ReplyCardAsync(card, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await turn.ReplyTextAsync(turn.Strings.SetupWhere, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task ChooseCouncilChannelAsync(CommandContext context, Caller caller, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var strings = turn.Strings;
        var channelId = ConversationMapping.WithoutThread(turn.Activity.Conversation!.Id!);
        var before = await settings.GetAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        if (before.CouncilConversationId == channelId)
        {
            if (LanguageExtensions.FromLocale(before.CouncilLocale) != turn.Language)
            {
                // Said again in the other language: the bot's posts there follow.
                await settings.UpdateAsync(caller.TenantId, s => s with { CouncilLocale = turn.Activity.Locale }, cancellationToken).ConfigureAwait(false);
            }
            await turn.ReplyTextAsync(strings.SetupCouncilChannelAlready, cancellationToken).ConfigureAwait(false);
            return;
        }
        var (teamName, channelName) = await DescribeChannelAsync(turn, channelId, cancellationToken).ConfigureAwait(false);
        await settings.UpdateAsync(caller.TenantId, s => s with
        {
            CouncilConversationId = channelId,
            CouncilServiceUrl = turn.Activity.ServiceUrl,
            CouncilTeamId = turn.ChannelData.TeamId,
            CouncilTeamName = teamName,
            CouncilChannelName = channelName,
            CouncilSetByAadObjectId = caller.AadObjectId,
            CouncilSetAt = time.GetUtcNow(),
            CouncilLocale = turn.Activity.Locale,
        }, cancellationToken).ConfigureAwait(false);

        var text = string.Format(CultureInfo.InvariantCulture, strings.SetupCouncilChannelDone, channelName ?? strings.GeneralChannelName, teamName ?? "");
        if (before.CouncilConversationId is not null && before.CouncilTeamId != turn.ChannelData.TeamId && before.CouncilTeamName is not null)
        {
            text += " " + string.Format(CultureInfo.InvariantCulture, strings.SetupCouncilChannelMoved, before.CouncilTeamName);
        }
        await turn.ReplyTextAsync(text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Team and channel names for the confirmation and the admin card. Channel messages carry only ids, so the
    /// names come from the Connector (team details, team channels); the General channel has no name there.
    /// </summary>
    private static async Task<(string? TeamName, string? ChannelName)> DescribeChannelAsync(Protocol.TurnContext turn, string channelId, CancellationToken cancellationToken)
    {
        var teamName = turn.ChannelData.TeamName;
        var channelName = turn.ChannelData.ChannelName;
        if (turn.ChannelData.TeamId is not { } teamId || turn.Activity.ServiceUrl is not { } serviceUrl)
        {
            return (teamName, channelName);
        }
        if (teamName is null)
        {
            var details = await turn.Connector.GetTeamDetailsAsync(serviceUrl, teamId, cancellationToken).ConfigureAwait(false);
            teamName = details.Value?.Name;
        }
        if (channelName is null)
        {
            var channels = await turn.Connector.GetTeamChannelsAsync(serviceUrl, teamId, cancellationToken).ConfigureAwait(false);
            channelName = channels.Value?.Conversations.FirstOrDefault(c => c.Id == channelId)?.Name;
        }
        return (teamName, channelName);
    }
}
