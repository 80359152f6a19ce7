namespace ThiDuaBot.Storage.Roster;

/// <summary>What a person may do in a campaign. A person can hold several roles.</summary>
[Flags]
public enum Role
{
    None = 0,
    /// <summary>cán bộ, công chức, viên chức, lao động</summary>
    Staff = 1,
    /// <summary>thủ trưởng đơn vị</summary>
    UnitHead = 2,
    /// <summary>lãnh đạo Sở</summary>
    Leadership = 4,
    /// <summary>thành viên Hội đồng Thi đua-Khen thưởng</summary>
    CouncilMember = 8,
    /// <summary>thư ký Hội đồng Thi đua-Khen thưởng (the campaign's administrator)</summary>
    CouncilSecretary = 16,
}
