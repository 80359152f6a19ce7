namespace ThiDuaBot.Bot.Features.Campaigns;

/// <summary>
/// The sample campaign: the seed plan of 2013, shipped as <c>campaigns/ke-hoach-thi-dua-2013.yaml</c> and embedded in
/// this assembly, so the bot can offer "load the sample" without a file path.
/// </summary>
public static class SampleCampaign
{
    public const string FileName = "ke-hoach-thi-dua-2013.yaml";

    public const string ResourceName = "ThiDuaBot.Campaigns." + FileName;

    /// <summary>The sample file's text, comments included, as the secretary would download and edit it.</summary>
    public static string ReadYaml()
    {
        using var stream = typeof(SampleCampaign).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded sample campaign {ResourceName} is missing from the Bot assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The sample, parsed. A sample that does not parse is a bug in the build, so it throws.</summary>
    public static CampaignDefinition Load()
    {
        var result = CampaignFileParser.Parse(ReadYaml());
        return result.IsValid
            ? result.Definition
            : throw new InvalidOperationException(
                "The embedded sample campaign does not parse: " + string.Join(" | ", result.Errors.Select(error => error.MessageEn)));
    }
}
