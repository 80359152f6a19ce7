using Microsoft.Extensions.Options;

namespace ThiDuaBot.Bot.Outbox;

/// <summary>Refuses settings that would break the outbox's guarantees, naming the setting.</summary>
public sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    /// <summary>A bound on memory and on what one instance hides from the others.</summary>
    private const int MaxPrefetchCount = 10_000;

    public ValidateOptionsResult Validate(string? name, OutboxOptions o)
    {
        var errors = new List<string>();
        if (o.Concurrency is < 1 or > 256)
        {
            errors.Add("Outbox:Concurrency must be between 1 and 256.");
        }
        if (o.PrefetchCount is < 1 or > MaxPrefetchCount)
        {
            errors.Add($"Outbox:PrefetchCount must be between 1 and {MaxPrefetchCount}.");
        }
        if (o.SendTimeout <= TimeSpan.Zero)
        {
            errors.Add("Outbox:SendTimeout must be positive.");
        }
        if (o.LeaseDuration < 3 * o.SendTimeout || o.LeaseDuration < TimeSpan.FromSeconds(1))
        {
            errors.Add("Outbox:LeaseDuration must be at least 3 × Outbox:SendTimeout (create the chat, post, record the answer) and at least 1 s; "
                + "a shorter lease lets another worker take a row that is still being sent, and send it twice.");
        }
        if (o.LeaseDuration > TimeSpan.FromDays(7))
        {
            errors.Add("Outbox:LeaseDuration must be at most 7 days (the longest a queue message can stay hidden).");
        }
        if (!Enum.IsDefined(o.AmbiguousSend))
        {
            errors.Add("Outbox:AmbiguousSend must be Resend or MarkUncertain.");
        }
        if (o.MaxAttempts < 1)
        {
            errors.Add("Outbox:MaxAttempts must be at least 1.");
        }
        if (o.GiveUpAfter <= TimeSpan.Zero)
        {
            errors.Add("Outbox:GiveUpAfter must be positive.");
        }
        if (o.RetryBaseDelay <= TimeSpan.Zero || o.RetryMaxDelay < o.RetryBaseDelay)
        {
            errors.Add("Outbox:RetryBaseDelay must be positive and Outbox:RetryMaxDelay at least as long.");
        }
        foreach (var (setting, value) in new[]
                 {
                     (nameof(o.TenantRequestsPerSecond), o.TenantRequestsPerSecond),
                     (nameof(o.ConversationRequestsPerSecond), o.ConversationRequestsPerSecond),
                     (nameof(o.ConversationRequestsPer2Seconds), o.ConversationRequestsPer2Seconds),
                     (nameof(o.ConversationRequestsPer30Seconds), o.ConversationRequestsPer30Seconds),
                     (nameof(o.ConversationRequestsPerHour), o.ConversationRequestsPerHour),
                 })
        {
            if (value < 1)
            {
                errors.Add($"Outbox:{setting} must be at least 1.");
            }
        }
        if (o.WindowGuard < TimeSpan.Zero || o.WindowGuard > TimeSpan.FromSeconds(1))
        {
            errors.Add("Outbox:WindowGuard must be between 0 and 1 s.");
        }
        if (o.PollInterval <= TimeSpan.Zero || o.SweepInterval <= TimeSpan.Zero)
        {
            errors.Add("Outbox:PollInterval and Outbox:SweepInterval must be positive.");
        }
        if (o.StaleAfter < o.LeaseDuration)
        {
            errors.Add("Outbox:StaleAfter must be at least Outbox:LeaseDuration, or the sweeper would re-queue rows a live worker holds.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
