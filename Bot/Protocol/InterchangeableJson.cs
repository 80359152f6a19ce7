using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ThiDuaBot.Bot.Protocol;

/// <summary>
/// Whether a JSON body is I-JSON (RFC 7493 §2.1): well-formed UTF-8 whose strings, names included, hold no lone
/// surrogate (<c>"\uD800"</c>) and no noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two code points of
/// every plane), and no object with a member name twice (§2.3). Teams never sends such text; storage, the Connector and card renderers cannot all take it, so an
/// activity carrying it is refused whole before anything reads it.
/// </summary>
public static class InterchangeableJson
{
    public const int MaxDepth = 64;

    public static bool IsValid(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        char[]? buffer = null;
        try
        {
            // The member names of each open object (RFC 7493 §2.3: unique), reused by depth.
            var names = new List<HashSet<string>>();
            var depth = -1;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        depth++;
                        if (names.Count <= depth)
                        {
                            names.Add(new HashSet<string>(StringComparer.Ordinal));
                        }
                        names[depth].Clear();
                        continue;
                    case JsonTokenType.EndObject:
                        depth--;
                        continue;
                    case JsonTokenType.PropertyName:
                        if (!names[depth].Add(reader.GetString()!))
                        {
                            return false;
                        }
                        break;
                    case JsonTokenType.String:
                        break;
                    default:
                        continue;
                }
                if (!reader.ValueIsEscaped)
                {
                    // Unescaped text is the UTF-8 bytes themselves.
                    if (!AreInterchangeable(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan))
                    {
                        return false;
                    }
                    continue;
                }
                var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
                if (buffer is null || buffer.Length < length)
                {
                    if (buffer is not null)
                    {
                        ArrayPool<char>.Shared.Return(buffer);
                    }
                    buffer = ArrayPool<char>.Shared.Rent(Math.Max(length, 256));
                }
                // Unescaping throws on an escaped lone surrogate.
                var written = reader.CopyString(buffer);
                if (!AreInterchangeable(buffer.AsSpan(0, written)))
                {
                    return false;
                }
            }
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    private static bool AreInterchangeable(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            if (utf8[0] < 0x80)
            {
                utf8 = utf8[1..];
                continue;
            }
            if (Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) != OperationStatus.Done || IsNoncharacter(rune))
            {
                return false;
            }
            utf8 = utf8[consumed..];
        }
        return true;
    }

    private static bool AreInterchangeable(ReadOnlySpan<char> utf16)
    {
        while (!utf16.IsEmpty)
        {
            if (utf16[0] < 0x80)
            {
                utf16 = utf16[1..];
                continue;
            }
            if (Rune.DecodeFromUtf16(utf16, out var rune, out var consumed) != OperationStatus.Done || IsNoncharacter(rune))
            {
                return false;
            }
            utf16 = utf16[consumed..];
        }
        return true;
    }

    private static bool IsNoncharacter(Rune rune) =>
        (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;
}
