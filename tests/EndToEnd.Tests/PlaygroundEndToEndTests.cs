using System.Text.Json;
using ThiDuaBot.Cards;
using ThiDuaBot.TestSupport.Playground;
using Xunit.Abstractions;

namespace ThiDuaBot.EndToEnd.Tests;

/// <summary>Help and welcome in the real Playground.</summary>
public sealed class PlaygroundEndToEndTests(ITestOutputHelper output) : PlaygroundTestBase(output)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Help_typed_in_the_personal_chat_gets_the_help_card_in_English()
    {
        await Playground.SendMessageAsync(PersonalChat, "help");

        // A record is written when its exchange ends, so the bot's reply is recorded before the message that caused
        // it: wait for both.
        var records = await Playground.Recording.WaitForAsync(
            all => all.Any(r => IsCardFromBot(r)) && all.Any(r => r.IsToBot && r.ActivityName == "message"),
            ReplyTimeout, "the typed message and the bot's reply with a card");

        // The Playground's activities always carry locale en-US (hard-coded in 0.2.28), so the bot answers in English.
        var typed = Assert.Single(records, r => r.IsToBot && r.ActivityName == "message");
        Assert.Equal("help", typed.Property("text"));
        Assert.Equal("en-US", typed.Property("locale"));
        Assert.Equal(200, typed.ResponseStatus);

        var reply = Assert.Single(records, r => IsCardFromBot(r));
        Assert.Equal("message", reply.Property("type"));
        Assert.Equal(PersonalChat, reply.ConversationId);
        Assert.Equal(typed.Property("id"), reply.Property("replyToId"));
        Assert.InRange(reply.ResponseStatus ?? 0, 200, 299);
        var card = reply.Activity.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        var texts = AllStrings(card).ToList();
        Assert.Contains(Strings.En.HelpTitle, texts);
        Assert.Contains(Strings.En.HelpCommandWord, texts);
        Assert.DoesNotContain(Strings.Vi.HelpTitle, texts);
    }

    [Fact]
    public async Task Installing_for_a_person_sends_exactly_one_welcome_although_two_install_events_arrive()
    {
        await Playground.FireInstallationAsync(PersonalChat);

        // The bot sends the welcome while it handles an event, and the Playground records an event only when the
        // bot has answered it, so once both events are recorded every welcome the bot sent is recorded too.
        var records = await Playground.Recording.WaitForAsync(
            all => all.Any(r => r.IsToBot && r.ActivityName == "installationUpdate" && r.ResponseStatus is not null)
                && all.Any(r => r.IsToBot && r.ActivityName == "conversationUpdate" && r.ResponseStatus is not null),
            ReplyTimeout, "both install events answered by the bot");
        // And nothing else comes later: give a late (queued) welcome a moment to show up.
        await Task.Delay(TimeSpan.FromSeconds(1));
        records = Playground.Recording.ReadAll();

        Assert.All(records.Where(r => r.IsToBot), r => Assert.Equal(200, r.ResponseStatus));
        Assert.Equal(2, records.Count(r => r.IsToBot));
        var welcome = Assert.Single(records, r => r.IsFromBot);
        Assert.Equal("message", welcome.Property("type"));
        Assert.Equal(PersonalChat, welcome.ConversationId);
        Assert.InRange(welcome.ResponseStatus ?? 0, 200, 299);
        // conversationUpdate carries no locale and installationUpdate carries en-US, and the Playground sends them
        // concurrently: the welcome comes in the language of whichever event the bot handles first. The
        // Playground's install events carry no user name, hence the no-name welcome.
        Assert.Contains(welcome.Property("text"), new[] { Strings.Vi.PersonalWelcomeNoName, Strings.En.PersonalWelcomeNoName });
    }
}
