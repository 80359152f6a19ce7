namespace ThiDuaBot.Bot.Tests.Outbox;

/// <summary>The real clock, moved by a fixed amount: lets a test look at the outbox "an hour later".</summary>
internal sealed class ShiftedTime(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}
