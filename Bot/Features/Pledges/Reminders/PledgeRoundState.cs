namespace ThiDuaBot.Bot.Features.Pledges.Reminders;

/// <summary>Where the pledge round stands for reminders and nudges.</summary>
public enum PledgeRoundState
{
    /// <summary>Launched, before the end of the deadline day, campaign running: reminders go.</summary>
    Open,
    /// <summary>The secretary has not launched the pledge round yet: nobody is reminded.</summary>
    NotLaunched,
    /// <summary>The deadline has passed or the campaign is closed: nobody is reminded any more.</summary>
    Closed,
}
