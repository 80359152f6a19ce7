using System.Globalization;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Features.Commands;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Protocol;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Bot.Hosting;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>
/// <c>xuất báo cáo</c> / <c>export</c> [<c>excel</c> [months] | <c>word</c> [phase]]: for leadership, council members
/// and the council secretary (roles read from storage), in the personal chat only. Answers with a card whose button
/// opens a signed download link (<see cref="ExportLinks"/>); the file is made when the link is opened. Nothing is stored
/// (a second request just gets a second link), except the link key the very first time. The role is checked again
/// when the link is opened (<see cref="ExportAccess"/>).
/// </summary>
public sealed class ExportCommand(
    CallerResolver callers,
    PledgeCampaigns campaigns,
    ExportLinks links,
    IOptions<SetupOptions> setup,
    PublicAddress address,
    TimeProvider time,
    ILogger<ExportCommand> logger) : IChatCommand
{
    public const Role Allowed = Role.Leadership | Role.CouncilMember | Role.CouncilSecretary;

    public IReadOnlyList<string> Aliases { get; } = ["xuất báo cáo", "xuất", "xuất file", "xuất tệp", "export", "exports"];

    public HelpEntry? Describe(Strings strings) => new(strings.ExportCommandWord, strings.ExportCommandDescription);

    public async Task RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var s = turn.Strings;
        if (turn.Activity.Conversation?.ConversationType != "personal")
        {
            await turn.ReplyTextAsync(s.ExportOnlyPersonalChat, cancellationToken).ConfigureAwait(false);
            return;
        }
        var caller = await callers.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        var campaign = caller.CampaignId is null ? null : await campaigns.LoadAsync(caller.TenantId, caller.CampaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            await turn.ReplyTextAsync(s.ExportNoCampaign, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!caller.HasAny(Allowed))
        {
            await turn.ReplyTextAsync(Caller.Refusal(s, Allowed), cancellationToken).ConfigureAwait(false);
            return;
        }
        var now = time.GetUtcNow();
        var arguments = context.Arguments.Trim();
        var (request, problem) = ExportRequestParser.Parse(arguments, campaign, now);
        if (request is null)
        {
            await turn.ReplyTextAsync(Problem(s, problem!.Value, arguments, campaign), cancellationToken).ConfigureAwait(false);
            return;
        }
        var expires = links.ExpiryFromNow();
        var ticket = new ExportTicket
        {
            TenantId = campaign.TenantId,
            CampaignId = campaign.CampaignId,
            Format = request.Format,
            FromMonth = request.Months?.From.Key,
            ToMonth = request.Months?.To.Key,
            PhaseId = request.PhaseId,
            RequestedBy = caller.AadObjectId,
            SignInName = caller.Person?.SignInName ?? ConfiguredSignInName(caller),
            ExpiresAt = expires.ToUnixTimeSeconds(),
            Nonce = Guid.NewGuid().ToString("N")[..12],
        };
        var url = BaseUrl() + await links.PathAsync(ticket, cancellationToken).ConfigureAwait(false);
        var model = Model(s, campaign, request, url, campaign.Local(expires).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture));
        var reply = turn.Activity.CreateReply();
        reply.Summary = string.Format(CultureInfo.InvariantCulture, s.ExportSummary, model.FileName);
        reply.Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = ExportCard.Build(s, model) }];
        await turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Export link for {Format} of campaign {CampaignId} sent to {AadObjectId}", request.Format, campaign.CampaignId, caller.AadObjectId);
    }

    private static ExportCardModel Model(Strings s, PledgeCampaign campaign, ExportRequest request, string url, string expires)
    {
        if (request.Format == ExportFormat.PhaseReport)
        {
            var phase = campaign.Definition.Phases.First(p => p.Id == request.PhaseId);
            var final = phase.Id == campaign.Definition.Phases.OrderBy(p => p.End).Last().Id;
            var dates = $"{phase.Start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} – {phase.End.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
            var fileName = ExportFiles.FileName($"Báo cáo {(final ? "tổng kết" : "sơ kết")} {phase.Name} {campaign.Definition.Year}", "docx");
            return new ExportCardModel(s.ExportReportTitle,
                string.Format(CultureInfo.InvariantCulture, s.ExportReportText, final ? s.ExportReviewFinal : s.ExportReviewInterim, phase.Name, dates),
                fileName, url, expires);
        }
        var months = request.Months!;
        var whole = months == ExportMonths.Campaign(campaign);
        var label = whole ? campaign.Definition.Year.ToString(CultureInfo.InvariantCulture) : months.Text.Replace('/', '-').Replace(" – ", " đến ", StringComparison.Ordinal);
        return new ExportCardModel(s.ExportWorkbookTitle,
            string.Format(CultureInfo.InvariantCulture, s.ExportWorkbookText, months.Text),
            ExportFiles.FileName($"Thi đua {label}", "xlsx"), url, expires);
    }

    private static string Problem(Strings s, ExportRequestProblem problem, string arguments, PledgeCampaign campaign)
    {
        var echo = arguments.Length > 40 ? arguments[..40] + "…" : arguments;
        var whole = ExportMonths.Campaign(campaign);
        return problem switch
        {
            ExportRequestProblem.UnknownFormat => string.Format(CultureInfo.InvariantCulture, s.ExportUnknownFormat, echo.Split(' ')[0]),
            ExportRequestProblem.BadMonths => string.Format(CultureInfo.InvariantCulture, s.ExportBadMonths, echo),
            ExportRequestProblem.MonthsOutsideCampaign => string.Format(CultureInfo.InvariantCulture, s.ExportMonthsOutsideCampaign, echo, whole.From.Text, whole.To.Text),
            _ => string.Format(CultureInfo.InvariantCulture, s.ExportUnknownPhase, echo, ExportRequestParser.PhaseList(campaign.Definition)),
        };
    }

    /// <summary>
    /// For a secretary named in configuration by sign-in name who is not on the roster, that name, so the download can
    /// check the configuration again. Known only when one sign-in name is configured; otherwise the download is refused
    /// and the secretary is asked to be put on the roster.
    /// </summary>
    private string? ConfiguredSignInName(Caller caller)
    {
        if (!caller.HasAny(Role.CouncilSecretary) || caller.AadObjectId is null
            || setup.Value.Secretaries.Any(s => string.Equals(s.Trim(), caller.AadObjectId, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var names = setup.Value.Secretaries.Where(s => s.Contains('@', StringComparison.Ordinal)).Select(s => s.Trim()).ToList();
        return names.Count == 1 ? names[0] : null;
    }

    /// <summary>The bot's public address (<see cref="PublicAddress"/>): configured, or the one Teams reached this request at.</summary>
    private string BaseUrl() =>
        address.Get() ?? throw new InvalidOperationException("PublicBaseUrl is not set and there is no request to take the address from.");
}
