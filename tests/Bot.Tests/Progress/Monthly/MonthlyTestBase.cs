using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaBot.Bot.Features.Progress;
using ThiDuaBot.Bot.Features.Progress.Reminders;
using ThiDuaBot.Bot.Outbox;
using ThiDuaBot.Bot.Tests.Pledges.Reminders;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Outbox;
using ThiDuaBot.Storage.Pledges;
using ThiDuaBot.Storage.Progress;
using ThiDuaBot.TestSupport.Hosting;

namespace ThiDuaBot.Bot.Tests.Progress.Monthly;

/// <summary>
/// The reminder tests' campaign, roster and chats (Lan's Teams in English, Cường unreachable), the pledge round
/// launched, and March 2013 to report on: staff by 20/03, units by 25/03, reminders 1 and 3 days after each at 08:00
/// Hà Nội time. Pledges, reports and unit reports are written to storage directly (clicking would record the test's
/// shared chat as someone's). The head's roll-up comes from <see cref="FakeUnitMonthCards"/>.
/// </summary>
public abstract class MonthlyTestBase : ReminderTestBase
{
    protected const string March = "2013-03";
    protected static readonly ProgressMonth MarchMonth = ProgressMonth.Parse(March)!;
    protected static readonly DateTimeOffset PromptAt = new(2013, 3, 20, 8, 0, 0, Hanoi);
    protected static readonly DateTimeOffset StaffFirstReminderAt = new(2013, 3, 21, 8, 0, 0, Hanoi);
    protected static readonly DateTimeOffset StaffSecondReminderAt = new(2013, 3, 23, 8, 0, 0, Hanoi);
    protected static readonly DateTimeOffset UnitFirstReminderAt = new(2013, 3, 26, 8, 0, 0, Hanoi);
    protected const string PromptRound = "progress-2013-03";

    protected FakeUnitMonthCards UnitCards { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<IUnitMonthCardSource>(UnitCards);
    }

    /// <summary>The campaign (<paramref name="yaml"/>, or the sample), chats, the launch, and individual pledges of <paramref name="pledged"/>.</summary>
    protected async Task SeedMonthAsync(string yaml = "", params TestPerson[] pledged)
    {
        await SeedWithChatsAsync(yaml);
        await LaunchAsync(new DateTimeOffset(2013, 2, 1, 8, 0, 0, Hanoi));
        foreach (var person in pledged)
        {
            await PledgeStoredAsync(person);
        }
    }

    protected async Task PledgeStoredAsync(TestPerson person)
    {
        var result = await Service<PledgeStore>().SaveAsync(new PledgeSave
        {
            TenantId = BotApplication.TenantId,
            CampaignId = CampaignId,
            Kind = PledgeKind.Individual,
            Subject = person.SignInName,
            UnitId = person.UnitId,
            Content = new PledgeContent("lao-dong-tien-tien", ["cai-cach-hanh-chinh", "quan-ly-nha-nuoc"], "Hoàn thành 100% nhiệm vụ được giao.", new Dictionary<string, int>(), "Tôi xin cam kết."),
            CampaignVersion = 1,
            Nonce = Guid.NewGuid().ToString("N"),
            By = new PledgeAuthor(person.Aad, person.SignInName, person.Name),
            At = BeforeDeadline,
        }, CancellationToken.None);
        Assert.NotNull(result);
    }

    protected async Task ReportStoredAsync(TestPerson person, string month = March)
    {
        var result = await Service<ProgressStore>().SaveAsync(new ProgressSave
        {
            TenantId = BotApplication.TenantId,
            CampaignId = CampaignId,
            Month = month,
            Subject = person.SignInName,
            UnitId = person.UnitId,
            Content = new ProgressContent([new ProgressAreaReport("cai-cach-hanh-chinh", ProgressStatus.InProgress, "Đã rà soát 12 thủ tục.")], null),
            PledgeVersion = 1,
            Nonce = Guid.NewGuid().ToString("N"),
            By = new ProgressAuthor(person.Aad, person.SignInName, person.Name),
            At = Clock.GetUtcNow(),
        }, CancellationToken.None);
        Assert.Equal(ProgressSaveOutcome.Saved, result.Outcome);
    }

    /// <summary>The unit head submits the unit's report for the month, which closes it for the unit's people.</summary>
    protected Task SubmitUnitReportAsync(TestPerson head, string month = March) =>
        Service<ProgressStore>().SubmitUnitReportAsync(BotApplication.TenantId, CampaignId, month, head.UnitId, new ProgressAuthor(head.Aad, head.SignInName, head.Name), Clock.GetUtcNow(), CancellationToken.None);

    /// <summary>The row of the person's form in a round of March, or null.</summary>
    protected Task<OutboxRecord?> FormQueuedAsync(string round, TestPerson person) =>
        Service<OutboxStore>().GetAsync(ProgressReminderDispatch.Batch(BotApplication.TenantId, CampaignId, MarchMonth),
            OutboxKey.For(CampaignId, round, person.SignInName, ProgressReminderDispatch.Prompt(MarchMonth)), CancellationToken.None);

    /// <summary>The row of the head's roll-up in a round of March, or null.</summary>
    protected Task<OutboxRecord?> RollupQueuedAsync(string round, TestPerson head) =>
        Service<OutboxStore>().GetAsync(ProgressReminderDispatch.Batch(BotApplication.TenantId, CampaignId, MarchMonth),
            OutboxKey.For(CampaignId, round, head.SignInName, UnitReportDispatch.Prompt(MarchMonth, head.UnitId)), CancellationToken.None);

    /// <summary>How many sends March's batch holds, of every round.</summary>
    protected async Task<int> MarchQueuedCountAsync() =>
        (await Service<OutboxStore>().GetProgressAsync(ProgressReminderDispatch.Batch(BotApplication.TenantId, CampaignId, MarchMonth), CancellationToken.None)).Total;

    protected Task<int> ProgressCountOfAsync(TestPerson person) => CountOfAsync(person, ProgressReminderDispatch.Prompt(MarchMonth));

    protected static bool IsForm(JsonObject card) => Verb(card) == ProgressCard.SubmitVerb;

    protected static bool IsRollup(JsonObject card, string unitId) => TextBlocks(card).Contains(FakeUnitMonthCards.Heading(unitId, March));

    /// <summary>The sample campaign with other monthly settings.</summary>
    protected static string MonthlyCampaign(string days = "[1, 3]", int staffDay = 20, int unitDay = 25, int maxPerPrompt = 3)
    {
        var yaml = CampaignWith(maxPerPrompt: maxPerPrompt);
        string Replace(string text, string from, string to)
        {
            Assert.Contains(from, text);
            return text.Replace(from, to, StringComparison.Ordinal);
        }
        yaml = Replace(yaml, "  staffReportDay: 20\n  unitReportDay: 25", $"  staffReportDay: {staffDay}\n  unitReportDay: {unitDay}");
        return Replace(yaml, "    daysAfterReportDay: [1, 3]", $"    daysAfterReportDay: {days}");
    }
}
