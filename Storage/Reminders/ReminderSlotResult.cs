namespace ThiDuaBot.Storage.Reminders;

/// <summary>What one reminder slot queued: cards, and people skipped because of the cap or because the bot cannot reach them.</summary>
public sealed record ReminderSlotResult(int Queued, int CapReached, int Unreachable);
