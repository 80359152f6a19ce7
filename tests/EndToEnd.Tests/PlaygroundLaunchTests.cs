using System.Text.Json.Nodes;
using ThiDuaBot.Cards;
using ThiDuaBot.TestSupport.Playground;
using Xunit.Abstractions;

namespace ThiDuaBot.EndToEnd.Tests;

/// <summary>
/// The pledge round launched in the real Playground, set up as scripts/run.sh sets it up: the trial copy of the
/// sample plan and the sample roster for the Playground's tenant, its user Đỗ Thị Hồng Nhung the council secretary.
/// </summary>
public sealed class PlaygroundLaunchTests(ITestOutputHelper output) : PlaygroundTestBase(output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    protected override IReadOnlyDictionary<string, string?> BotSettings => SampleDataSettings(
        ("Outbox:PollInterval", "00:00:00.100"),
        ("Pledges:LaunchProgressInterval", "00:00:00.200"));

    [Fact]
    public async Task The_secretary_launches_the_round_gets_her_own_pledge_card_and_the_delivery_report_in_place()
    {
        var chat = PersonalChat;
        await Playground.FireInstallationAsync(chat);
        await Playground.SendMessageAsync(chat, "thiết lập");
        // The Playground's own messages carry locale en-US, so the admin card comes in English.
        var typed = await Playground.Recording.WaitForAsync(
            all => all.Any(r => IsCardFromBot(r, Strings.En.AdminTitle)) && all.Any(r => r.IsToBot && r.ActivityName == "message"), Timeout, "the admin card");
        var serviceUrl = typed.First(r => r.IsToBot && r.ActivityName == "message").Property("serviceUrl");

        await PressAsync(serviceUrl!, chat, AdminCard.LaunchVerb, new JsonObject { ["verb"] = AdminCard.LaunchVerb }, "launch-click-1", locale: "vi-VN");

        // Her own pledge card comes through the outbox, in her chat's language (the Playground installed it in en-US);
        // the progress card, in the language of the launch, becomes the delivery report in place.
        var records = await Playground.Recording.WaitForAsync(
            all => all.Any(IsPledgeCard) && all.Any(r => IsCardFromBot(r, Strings.Vi.LaunchCardTitle) && r.Method == "PUT"),
            Timeout, "her pledge card and the updated launch card");

        var launchAnswer = Assert.Single(records, r => r.IsToBot && r.ActivityName == "invoke");
        Assert.Equal(200, launchAnswer.ResponseStatus);
        Assert.Contains(Strings.Vi.LaunchCardTitle, AllStrings(Assert.Single(records, r => IsCardFromBot(r, Strings.Vi.LaunchCardTitle) && r.Method == "POST").Activity));
        var pledge = Assert.Single(records, IsPledgeCard);
        Assert.Equal(chat, pledge.ConversationId);
        Assert.Contains("Đỗ Thị Hồng Nhung", AllStrings(pledge.Activity));
        var report = records.Last(r => IsCardFromBot(r, Strings.Vi.LaunchCardTitle) && r.Method == "PUT");
        Assert.InRange(report.ResponseStatus ?? 0, 200, 299);
        var reportTexts = AllStrings(report.Activity).ToList();
        Assert.Contains(reportTexts, t => t.StartsWith("Đã gửi xong", StringComparison.Ordinal));
        // The other 40 people of the sample roster have never talked to the bot: named as not reachable, with why.
        Assert.Contains(Strings.Vi.ReasonNoAccountLink, string.Join("\n", reportTexts), StringComparison.Ordinal);
    }

    private static bool IsPledgeCard(PlaygroundRecord record) =>
        IsCardFromBot(record, Strings.Vi.PledgeIndividualHeading) || IsCardFromBot(record, Strings.En.PledgeIndividualHeading);
}
