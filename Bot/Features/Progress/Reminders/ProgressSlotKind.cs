namespace ThiDuaBot.Bot.Features.Progress.Reminders;

/// <summary>What a monthly slot sends.</summary>
public enum ProgressSlotKind
{
    /// <summary>On the staff report day: the form to everyone who owes a report, the roll-up to unit heads. Not counted.</summary>
    Prompt,
    /// <summary>Days after the staff report day: the form again, with a reminder, to those who have not reported.</summary>
    StaffReminder,
    /// <summary>On or after the unit report day: the roll-up, with a reminder, to heads whose unit has not submitted.</summary>
    UnitReminder,
}
