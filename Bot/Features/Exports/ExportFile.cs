namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>A made file: its bytes, its content type and the name it is saved under.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);
