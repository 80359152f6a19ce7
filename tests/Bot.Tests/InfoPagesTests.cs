namespace ThiDuaBot.Bot.Tests;

/// <summary>The manifest's default developer URLs point at these pages, so they must exist and be readable.</summary>
public sealed class InfoPagesTests : BotTestBase
{
    [Theory]
    [InlineData("/privacy", "Quyền riêng tư")]
    [InlineData("/terms", "Điều khoản sử dụng")]
    public async Task Page_linked_from_the_manifest_is_served_in_vietnamese_and_english(string path, string vietnameseTitle)
    {
        var response = await Bot.CreateClient().GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(vietnameseTitle, html);
        Assert.Contains("ThiDuaBot", html);
        Assert.Matches("(Privacy|Terms of use)", html);
    }
}
