namespace ThiDuaBot.Storage.Tests;

public sealed class KeyEncoderTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000000")]
    [InlineData("a/b\\c#d?e%f")]
    [InlineData("tab\there")]
    [InlineData("")]
    public void Encoding_round_trips_and_leaves_no_forbidden_character(string value)
    {
        var key = KeyEncoder.Encode(value);

        Assert.Equal(value, KeyEncoder.Decode(key));
        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
    }

    [Fact]
    public void Ordinary_teams_ids_stay_readable()
    {
        Assert.Equal("19:abc@thread.tacv2;messageid=1", KeyEncoder.Encode("19:abc@thread.tacv2;messageid=1"));
    }
}
