using ThiDuaBot.Bot.Features.Campaigns;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Features.Roster;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Setup;

/// <summary>
/// A file the secretary sends in the personal chat: a campaign plan (.yaml/.yml) is loaded, a roster (.csv) is
/// imported; the answer is the admin card with the outcome. Anyone else's file is refused; nothing is downloaded.
/// </summary>
public sealed class UploadedFileHandler(
    RoleCheck roles,
    FileDownloader downloader,
    CampaignLoader campaigns,
    RosterImportService rosters,
    AdminCardFactory adminCards) : IFileHandler
{
    public async Task HandleAsync(TurnContext turn, IReadOnlyList<FileDownloadInfo> files, CancellationToken cancellationToken)
    {
        var strings = turn.Strings;
        if (turn.Activity.Conversation?.ConversationType != "personal")
        {
            await turn.ReplyTextAsync(strings.FilesOnlyInPersonalChat, cancellationToken).ConfigureAwait(false);
            return;
        }
        var (caller, refusal) = await roles.RequireAsync(turn, Role.CouncilSecretary, cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            await turn.ReplyTextAsync(refusal!.Body!["value"]!.GetValue<string>(), cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var file in files)
        {
            var kind = Path.GetExtension(file.Name).ToLowerInvariant();
            if (kind is not (".yaml" or ".yml" or ".csv"))
            {
                await turn.ReplyTextAsync(strings.FileNotUnderstood, cancellationToken).ConfigureAwait(false);
                continue;
            }
            var (content, tooLarge) = await downloader.DownloadAsync(file, CsvRosterReader.MaxBytes, cancellationToken).ConfigureAwait(false);
            if (content is null)
            {
                await turn.ReplyTextAsync(tooLarge ? strings.FileTooLarge : strings.FileNotDownloaded, cancellationToken).ConfigureAwait(false);
                continue;
            }

            AdminCardModel outcome;
            if (kind == ".csv")
            {
                var result = await rosters.ImportCsvAsync(caller, strings, content, cancellationToken).ConfigureAwait(false);
                outcome = new AdminCardModel { Notices = result.Notices, Errors = result.Errors };
            }
            else
            {
                var text = System.Text.Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
                var result = await campaigns.LoadAsync(caller, strings, text, cancellationToken).ConfigureAwait(false);
                outcome = new AdminCardModel { Notices = result.Notices, Errors = result.Errors };
            }
            var card = await adminCards.BuildAsync(strings, caller, cancellationToken, outcome).ConfigureAwait(false);
            await turn.ReplyCardAsync(card, cancellationToken).ConfigureAwait(false);
        }
    }
}
