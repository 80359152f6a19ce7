using System.Text;
using ThiDuaBot.Bot.Protocol;

namespace ThiDuaBot.Bot.Tests.Protocol;

/// <summary>The I-JSON check run on every inbound body before it is read (RFC 7493 §2.1).</summary>
public sealed class InterchangeableJsonTests
{
    [Theory]
    [InlineData("""{"type":"message","text":"Xin chào, báo cáo tháng 3 ✅ 😀"}""")]
    [InlineData("""{"text":"escaped \u00e0 \ud83d\ude00 \n \" \\ \u0000"}""")]
    [InlineData("""{"a":[1,2.5,true,null,{"b":"c"}]}  """)]
    [InlineData("""{"a":{"id":1},"b":{"id":2},"c":[{"id":3},{"id":4}],"id":5}""")]
    [InlineData("""{"\u00e0":"key escaped"}""")]
    public void Well_formed_text_passes(string json) => Assert.True(InterchangeableJson.IsValid(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("""{"text":"lone high \ud800 surrogate"}""")]
    [InlineData("""{"text":"lone low \udc00"}""")]
    [InlineData("""{"text":"reversed \ude00\ud83d"}""")]
    [InlineData("""{"text":"escaped noncharacter \ufffe"}""")]
    [InlineData("""{"text":"\uffff"}""")]
    [InlineData("""{"text":"\ufdd0"}""")]
    [InlineData("""{"text":"plane one noncharacter \ud83f\udffe"}""")]
    [InlineData("""{"\ud800":"in a name"}""")]
    [InlineData("""{"value":{"action":{"verb":"\ud800"}}}""")]
    [InlineData("""{"type":"message","type":"invoke"}""")]
    [InlineData("""{"channelData":{"tenant":{"id":"a"},"tenant":{"id":"b"}}}""")]
    [InlineData("""{"value":{"x":1,"\u0078":2}}""")]
    [InlineData("""{"a":1} {"b":2}""")]
    [InlineData("""{"a":1""")]
    [InlineData("")]
    public void Lone_surrogates_noncharacters_and_broken_json_are_refused(string json) =>
        Assert.False(InterchangeableJson.IsValid(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBE })] // U+FFFE written raw
    [InlineData(new byte[] { 0xEF, 0xB7, 0x90 })] // U+FDD0 raw
    [InlineData(new byte[] { 0xF0, 0x9F, 0xBF, 0xBF })] // U+1FFFF raw
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate encoded as UTF-8 (CESU)
    [InlineData(new byte[] { 0xC3 })] // truncated sequence
    [InlineData(new byte[] { 0xFF })] // never valid UTF-8
    public void Raw_noncharacters_and_invalid_utf8_are_refused(byte[] inside)
    {
        byte[] json = [.. "{\"text\":\"a"u8, .. inside, .. "b\"}"u8];
        Assert.False(InterchangeableJson.IsValid(json));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var deep = new string('[', InterchangeableJson.MaxDepth + 1) + new string(']', InterchangeableJson.MaxDepth + 1);
        Assert.False(InterchangeableJson.IsValid(Encoding.UTF8.GetBytes(deep)));
    }
}
