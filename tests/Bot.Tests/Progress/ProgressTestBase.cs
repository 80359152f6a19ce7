using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Tests.Pledges;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Progress;

/// <summary>
/// The pledge set-up (sample campaign, small roster, clock at 10/03/2013 08:00 in Hà Nội, inside phase 1) plus what
/// monthly progress needs: pledging through the card, opening the report card with <c>báo cáo</c>, reading storage.
/// </summary>
public abstract class ProgressTestBase : PledgeTestBase
{
    protected const string March = "2013-03";
    protected const string Admin = "cai-cach-hanh-chinh";
    protected const string State = "quan-ly-nha-nuoc";

    protected ProgressStore Reports => Service<ProgressStore>();

    /// <summary>Seeds the campaign and has <paramref name="people"/> pledge (areas: administrative reform, state management).</summary>
    protected async Task SeedWithPledgesAsync(params TestPerson[] people)
    {
        await SeedAsync();
        foreach (var person in people.DefaultIfEmpty(An))
        {
            _ = (await ClickAsync(await OpenCardAsync(person), PledgeCard.SubmitVerb, ValidInputs(), person.Aad)).Card;
        }
    }

    /// <summary>The person's progress card, as <c>báo cáo</c> sends it.</summary>
    protected async Task<JsonObject> OpenReportAsync(TestPerson person, string locale = "vi-VN") =>
        Assert.Single(await SayAsync("báo cáo", person.Aad, locale));

    protected static JsonObject Inputs(string? admin = "in-progress", string? adminText = "Đã rà soát 12 thủ tục hành chính.", string? state = null, string? stateText = null,
        string? deedAbout = null, string? deedName = null, string? deedText = null)
    {
        var inputs = new JsonObject();
        void Put(string key, string? value)
        {
            if (value is not null) inputs[key] = value;
        }
        Put(ProgressCard.StatusInputPrefix + Admin, admin);
        Put(ProgressCard.AchievedInputPrefix + Admin, adminText);
        Put(ProgressCard.StatusInputPrefix + State, state);
        Put(ProgressCard.AchievedInputPrefix + State, stateText);
        Put(ProgressCard.GoodDeedAboutInput, deedAbout);
        Put(ProgressCard.GoodDeedNameInput, deedName);
        Put(ProgressCard.GoodDeedTextInput, deedText);
        return inputs;
    }

    protected Task<StoredProgress?> ReportAsync(TestPerson person, string month = March) =>
        Reports.GetAsync(BotApplication.TenantId, CampaignId, month, person.SignInName, CancellationToken.None);

    protected Task<IReadOnlyList<ProgressVersion>> ReportVersionsAsync(TestPerson person, string month = March) =>
        Reports.ListVersionsAsync(BotApplication.TenantId, CampaignId, month, person.SignInName, CancellationToken.None);

    protected async Task<int> ReportCountAsync(string month = March) =>
        (await Reports.ListMonthAsync(BotApplication.TenantId, CampaignId, month, CancellationToken.None)).Count;

    /// <summary>A copy of the data the card's button sends.</summary>
    protected static JsonObject DataOf(JsonObject card) => card["actions"]![0]!["data"]!.DeepClone().AsObject();
}
