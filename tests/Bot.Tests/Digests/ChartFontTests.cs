using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ThiDuaBot.Bot.Features.Digests;
using ThiDuaBot.Storage.Charts;

namespace ThiDuaBot.Bot.Tests.Digests;

/// <summary>
/// The chart picture's labels: without any setting the bot writes them in the Noto Sans the build copies beside it
/// (so a machine with no fonts installed still gets Vietnamese labels), and the labels are really drawn.
/// </summary>
public sealed class ChartFontTests
{
    private static ChartFont Font(string file = "") =>
        new(Options.Create(new DigestOptions { ChartFontFile = file }), NullLogger<ChartFont>.Instance);

    [Fact]
    public void Without_a_setting_the_bundled_Noto_Sans_with_Vietnamese_letters_is_used()
    {
        Assert.True(File.Exists(ChartFont.BundledFile), "the build copies the font beside the bot");

        Assert.Equal("Noto Sans", Font().Typeface?.FamilyName);
    }

    [Fact]
    public void A_font_file_that_does_not_exist_gives_no_typeface_instead_of_a_wrong_one()
    {
        Assert.Null(Font(Path.Combine(Path.GetTempPath(), "khong-co-phong-nay.ttf")).Typeface);
    }

    [Fact]
    public void The_labels_are_drawn_with_the_font_and_left_out_without_one()
    {
        var chart = new StoredChart("Tỷ lệ báo cáo theo đơn vị — tháng 03/2027",
            [new ChartBar("Phòng Kế hoạch - Tài chính", 80), new ChartBar("Văn phòng Sở", 45)], DateTimeOffset.UnixEpoch);

        var withLabels = ChartRenderer.RenderPng(chart, Font().Typeface);
        var withoutLabels = ChartRenderer.RenderPng(chart, typeface: null);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], withLabels[..4]);
        Assert.NotEqual(withoutLabels, withLabels);
    }
}
