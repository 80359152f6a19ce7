using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ThiDuaBot.Bot.Tests.Manifest;

/// <summary>Checks of the committed template files themselves, without running the packager.</summary>
public sealed class ManifestTemplateTests
{
    private static JsonNode Read(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Packager.ManifestDirectory, file)))!;

    [Fact]
    public void Schema_url_is_the_one_of_the_manifestVersion()
    {
        var manifest = Read("manifest.json");

        var match = Regex.Match((string)manifest["$schema"]!, @"^https://developer\.microsoft\.com/json-schemas/teams/v(\d+\.\d+)/MicrosoftTeams\.schema\.json$");

        Assert.True(match.Success, $"Unexpected $schema {manifest["$schema"]}.");
        Assert.Equal(match.Groups[1].Value, (string)manifest["manifestVersion"]!);
    }

    [Fact]
    public void Localization_file_uses_the_same_schema_version_as_the_manifest()
    {
        var manifestVersion = (string)Read("manifest.json")["manifestVersion"]!;

        var schema = (string)Read("en-US.json")["$schema"]!;

        Assert.Equal(
            $"https://developer.microsoft.com/json-schemas/teams/v{manifestVersion}/MicrosoftTeams.Localization.schema.json",
            schema);
    }

    // Limits of the app manifest schema; for commands the older, stricter 32/128 (v1.30 allows 128/4000).
    [Theory]
    [InlineData("manifest.json")]
    [InlineData("en-US.json")]
    public void Texts_fit_the_lengths_Teams_allows(string file)
    {
        var json = Read(file);
        var texts = file == "manifest.json"
            ? new Dictionary<string, string?>
            {
                ["name.short"] = (string?)json["name"]?["short"],
                ["name.full"] = (string?)json["name"]?["full"],
                ["description.short"] = (string?)json["description"]?["short"],
                ["description.full"] = (string?)json["description"]?["full"],
                ["developer.name"] = (string?)json["developer"]?["name"],
            }
            : json.AsObject().Where(p => p.Key != "$schema").ToDictionary(p => p.Key, p => (string?)p.Value);
        foreach (var (list, i) in (json["bots"]?[0]?["commandLists"]?.AsArray() ?? []).Select((l, i) => (l!, i)))
            foreach (var (command, j) in list["commands"]!.AsArray().Select((c, j) => (c!, j)))
            {
                texts[$"bots[0].commandLists[{i}].commands[{j}].title"] = (string?)command["title"];
                texts[$"bots[0].commandLists[{i}].commands[{j}].description"] = (string?)command["description"];
            }

        foreach (var (key, text) in texts)
        {
            var limit = key switch
            {
                "name.short" => 30,
                "name.full" => 100,
                "description.short" => 80,
                "description.full" => 4000,
                "developer.name" => 32,
                _ when key.EndsWith(".title", StringComparison.Ordinal) => 32,
                _ when key.EndsWith(".description", StringComparison.Ordinal) => 128,
                _ => throw new Xunit.Sdk.XunitException($"No length limit known for '{key}' in {file}."),
            };
            Assert.False(string.IsNullOrWhiteSpace(text), $"{file}: '{key}' is empty.");
            Assert.True(text!.Length <= limit, $"{file}: '{key}' has {text.Length} characters; Teams allows {limit}.");
        }
    }
}
