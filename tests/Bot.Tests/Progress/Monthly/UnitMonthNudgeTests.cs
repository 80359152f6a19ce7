using System.Text.Json.Nodes;
using ThiDuaBot.Bot.Features.Roles;
using ThiDuaBot.Cards;
using ThiDuaBot.Storage.Roster;

namespace ThiDuaBot.Bot.Tests.Progress.Monthly;

/// <summary>
/// Nudges on the unit head's month roll-up (<c>unit.month.nudge</c>): one person or everyone late in the office, sent
/// as the person's progress form through the monthly reminder dispatch, counted, once a day, with every refusal.
/// The clock is on 21/03/2013, the day after the staff report day.
/// </summary>
public sealed class UnitMonthNudgeTests : MonthlyTestBase
{
    private const string TodaysNudges = "progress-nudge-2013-03-21";

    private async Task<JsonObject> LateOfficeAsync()
    {
        await SeedMonthAsync("", An, Lan, Cuong, Dung, Long);
        await ReportStoredAsync(An);
        await MoveClockToAsync(StaffFirstReminderAt);
        return Assert.Single(await SayAsync("báo cáo đơn vị", Dung.Aad));
    }

    private static IEnumerable<JsonObject> Actions(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Actions(p.Value)),
        JsonArray a => a.SelectMany(e => e is null ? [] : Actions(e)),
        _ => [],
    };

    private static JsonObject NudgeData(JsonObject card, TestPerson person) =>
        Actions(card["body"]!).Single(a => a["verb"]!.GetValue<string>() == UnitMonthCard.NudgeVerb
            && a["data"]![UnitMonthCard.PersonKey]?.GetValue<string>() == person.SignInName)["data"]!.DeepClone().AsObject();

    [Fact]
    public async Task Nudging_one_late_person_sends_their_form_with_the_heads_words_counted_and_once_a_day()
    {
        var card = await LateOfficeAsync();

        var first = (await ExecuteAsync(UnitMonthCard.NudgeVerb, NudgeData(card, Lan), Dung.Aad)).Card;
        var again = (await ExecuteAsync(UnitMonthCard.NudgeVerb, NudgeData(card, Lan), Dung.Aad)).Card;

        Assert.Contains(string.Format(Strings.Vi.UnitNudged, 1, Lan.Name), TextBlocks(first));
        Assert.Contains(string.Format(Strings.Vi.UnitNudgeSkippedToday, Lan.Name), TextBlocks(again));
        Assert.NotNull(await FormQueuedAsync(TodaysNudges, Lan));
        Assert.Equal(1, await ProgressCountOfAsync(Lan));
        Assert.Equal(1, await MarchQueuedCountAsync());
        var form = Assert.Single(await CardsPostedToAsync(Lan));
        Assert.True(IsForm(form));
        Assert.Contains(string.Format(Strings.En.UnitMonthNudgeNotice, Dung.Name, "03/2013", "20/03/2013"), TextBlocks(form));
        // Lan, Cường and Dũng himself have not reported; the head is listed, only "everyone" leaves him out.
        Assert.Contains(string.Format(Strings.Vi.UnitMonthLateHeading, 3), TextBlocks(card));
    }

    [Fact]
    public async Task Nudging_everyone_reminds_only_the_units_late_people_and_leaves_out_the_head_and_those_who_reported()
    {
        var card = await LateOfficeAsync();

        var answer = (await ClickAsync(card, UnitMonthCard.NudgeVerb, aad: Dung.Aad)).Card;

        Assert.Contains(string.Format(Strings.Vi.UnitNudged, 1, Lan.Name), TextBlocks(answer));
        Assert.Contains(string.Format(Strings.Vi.UnitNudgeSkippedUnreachable, Cuong.Name), TextBlocks(answer));
        Assert.NotNull(await FormQueuedAsync(TodaysNudges, Lan));
        Assert.Null(await FormQueuedAsync(TodaysNudges, An));
        Assert.Null(await FormQueuedAsync(TodaysNudges, Dung));
        Assert.Null(await FormQueuedAsync(TodaysNudges, Long));
        Assert.Equal(0, await ProgressCountOfAsync(Cuong));
        Assert.Equal(1, await MarchQueuedCountAsync());
    }

    [Fact]
    public async Task Nudging_someone_who_reported_is_skipped_and_said_so()
    {
        var card = await LateOfficeAsync();
        await ReportStoredAsync(Lan);

        var answer = (await ExecuteAsync(UnitMonthCard.NudgeVerb, NudgeData(card, Lan), Dung.Aad)).Card;

        Assert.Contains(string.Format(Strings.Vi.UnitMonthNudgeSkippedReported, Lan.Name), TextBlocks(answer));
        Assert.Equal(0, await MarchQueuedCountAsync());
    }

    [Fact]
    public async Task Nudges_are_refused_for_staff_someone_outside_the_unit_or_once_the_unit_report_is_sent_and_nothing_is_queued()
    {
        var card = await LateOfficeAsync();
        var outside = NudgeData(card, Lan);
        outside[UnitMonthCard.PersonKey] = Long.SignInName;
        var neither = NudgeData(card, Lan);
        neither.Remove(UnitMonthCard.PersonKey);

        var byStaff = await ExecuteAsync(UnitMonthCard.NudgeVerb, NudgeData(card, Lan), An.Aad);
        var notInUnit = await ExecuteAsync(UnitMonthCard.NudgeVerb, outside, Dung.Aad);
        var malformed = await ExecuteAsync(UnitMonthCard.NudgeVerb, neither, Dung.Aad);
        await SubmitUnitReportAsync(Dung);
        var afterReport = (await ClickAsync(card, UnitMonthCard.NudgeVerb, aad: Dung.Aad)).Card;

        Assert.Equal(Caller.Refusal(Strings.Vi, Role.UnitHead), byStaff.Message);
        Assert.Equal(string.Format(Strings.Vi.UnitNudgeNotInUnit, Long.SignInName), notInUnit.Message);
        Assert.Equal(Strings.Vi.UnitMonthUnknownAction, malformed.Message);
        Assert.Contains(Strings.Vi.UnitMonthNudgeClosed, TextBlocks(afterReport));
        Assert.DoesNotContain(Actions(afterReport), a => a["verb"]!.GetValue<string>() == UnitMonthCard.NudgeVerb);
        Assert.Equal(0, await MarchQueuedCountAsync());
        Assert.Equal(0, await ProgressCountOfAsync(Lan));
    }
}
