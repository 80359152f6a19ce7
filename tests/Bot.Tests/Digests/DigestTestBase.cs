using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Bot.Features.Pledges;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Bot.Tests.Progress.Monthly;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.Storage.Roster;
using ThiDuaBot.Storage.Tenants;
using ThiDuaBot.TestSupport.Fakes;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Digests;

/// <summary>
/// The monthly tests' campaign and chats, plus Hoà (leadership and council member, no unit) and the council channel
/// set. A small known April 2013: the office (An, Dũng, Lan, Cường; Cường has no pledge) and science (Long); in March
/// An and Long reported "in progress"; in April An and Lan report "done", Lan with a good deed Dũng confirmed, and
/// science has submitted its unit report, the office has not. April's unit report day is 25/04.
/// </summary>
public abstract class DigestTestBase : MonthlyTestBase
{
    protected const string April = "2013-04";
    protected static readonly ProgressMonth AprilMonth = ProgressMonth.Parse(April)!;
    protected static readonly TestPerson Hoa = new("hoatt@sokhcn.example", "Trần Thị Hoà", "aad-hoa", "", Role.Leadership | Role.CouncilMember);
    protected const string CouncilChannelName = "Hội đồng TĐKT";

    protected async Task SeedDigestMonthAsync(bool councilChannel = true, bool reports = true)
    {
        await SeedMonthAsync("", An, Dung, Lan, Long);
        await Service<RosterStore>().ApplyAsync(BotApplication.TenantId, CampaignId, new RosterChanges([Hoa.ToPerson() with { UnitId = null }], []), CancellationToken.None);
        if (councilChannel)
        {
            await Service<TenantSettingsStore>().UpdateAsync(BotApplication.TenantId, s => s with
            {
                CouncilConversationId = TeamsActivities.ChannelConversationId,
                CouncilServiceUrl = Channel.ServiceUrl,
                CouncilChannelName = CouncilChannelName,
            }, CancellationToken.None);
        }
        if (!reports)
        {
            return;
        }
        await MoveClockToAsync(new DateTimeOffset(2013, 3, 21, 9, 0, 0, Hanoi));
        await ReportStoredAsync(An, March);
        await ReportStoredAsync(Long, March);
        await MoveClockToAsync(new DateTimeOffset(2013, 4, 21, 9, 0, 0, Hanoi));
        await SaveAsync(An, April, new ProgressContent([new ProgressAreaReport("cai-cach-hanh-chinh", ProgressStatus.Done, "Xong.")], null));
        await SaveAsync(Lan, April, new ProgressContent(
            [new ProgressAreaReport("cai-cach-hanh-chinh", ProgressStatus.Done, "Xong."), new ProgressAreaReport("quan-ly-nha-nuoc", ProgressStatus.Blocked, "Chờ.")],
            new GoodDeed(null, "Hiến máu tình nguyện.")));
        Assert.Equal(DeedDecisionOutcome.Saved, await Reports.DecideGoodDeedAsync(BotApplication.TenantId, CampaignId, April, new StoredDeedDecision
        {
            UnitId = Office,
            Subject = Lan.SignInName,
            Decision = GoodDeedDecision.Confirmed,
            Deed = new GoodDeed(null, "Hiến máu tình nguyện."),
            ReportVersion = 1,
            DecidedAt = Clock.GetUtcNow(),
            DecidedBy = new ProgressAuthor(Dung.Aad, Dung.SignInName, Dung.Name),
        }, CancellationToken.None));
        await SubmitUnitReportAsync(Long, April);
    }

    protected ProgressStore Reports => Service<ProgressStore>();

    protected async Task SaveAsync(TestPerson person, string month, ProgressContent content) =>
        Assert.Equal(ProgressSaveOutcome.Saved, (await Reports.SaveAsync(new ProgressSave
        {
            TenantId = BotApplication.TenantId,
            CampaignId = CampaignId,
            Month = month,
            Subject = person.SignInName,
            UnitId = person.UnitId,
            Content = content,
            PledgeVersion = 1,
            Nonce = Guid.NewGuid().ToString("N"),
            By = new ProgressAuthor(person.Aad, person.SignInName, person.Name),
            At = Clock.GetUtcNow(),
        }, CancellationToken.None)).Outcome);

    protected async Task<PledgeCampaign> CampaignAsync() =>
        (await Service<PledgeCampaigns>().LoadAsync(BotApplication.TenantId, CampaignId, CancellationToken.None))!;

    protected Task<bool> DigestRowAsync(string month = April) => Reports.IsDigestPostedAsync(BotApplication.TenantId, CampaignId, month, CancellationToken.None);

    /// <summary>Types <paramref name="text"/> in the council channel (with the @mention) as <paramref name="aad"/>.</summary>
    protected async Task<IReadOnlyList<RecordingResult>> SayInChannelAsync(string text, string aad, string conversationId = TeamsActivities.ChannelConversationId)
    {
        Channel.ClearRecordings();
        var activity = TeamsActivities.ChannelMessageWithMention(Channel.ServiceUrl, text);
        activity["from"]!["aadObjectId"] = aad;
        activity["conversation"]!["id"] = conversationId + ";messageid=1700000000777";
        activity["channelData"]!["channel"]!["id"] = conversationId;
        (await SendAsync(activity)).EnsureSuccessStatusCode();
        return [.. SentActivities().Select(sent => new RecordingResult(sent.Path, sent.BodyObject?["text"]?.GetValue<string>(), sent.BodyObject?["attachments"]?[0]?["content"] as JsonObject))];
    }

    protected sealed record RecordingResult(string Path, string? Text, JsonObject? Card);

    protected static JsonObject ChartOf(JsonObject card) =>
        card["body"]!.AsArray().Select(e => e!.AsObject()).Single(e => e["type"]!.GetValue<string>() == DigestCard.ChartType);

    protected static bool IsDigest(JsonObject card, string monthText) => TextBlocks(card).FirstOrDefault() == string.Format(Strings.Vi.DigestTitle, monthText);
}
