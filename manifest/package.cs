// Builds the Teams app package (a zip with manifest.json, en-US.json and the two icons at its root).
//
//   dotnet run manifest/package.cs -- --app-id <GUID> [--bot-domain <host>] [--version 1.0.0] [--output <zip>]
//
// Every input is an option or an environment variable (the option wins); see manifest/README.md.
// Exit codes: 0 package written, 2 bad or missing input, 1 the manifest template or its files are wrong.

using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

var inputs = new Input[]
{
    new("app-id", "MicrosoftAppId", "The bot's Microsoft App ID (a GUID); used as the Teams app id and the bot id. Required."),
    new("bot-domain", "BotDomain", "Host name of the bot's web app, e.g. thiduabot.azurewebsites.net. Goes into validDomains and gives the default developer URLs."),
    new("version", "TeamsAppVersion", "App version, MAJOR.MINOR.PATCH. Default 1.0.0. Raise it for every upload that replaces an earlier package."),
    new("website-url", "TeamsAppWebsiteUrl", "Developer website (https). Default https://<bot-domain>/."),
    new("privacy-url", "TeamsAppPrivacyUrl", "Privacy statement (https). Default https://<bot-domain>/privacy."),
    new("terms-url", "TeamsAppTermsUrl", "Terms of use (https). Default https://<bot-domain>/terms."),
    new("output", null, "Where to write the zip. Default manifest/build/ThiDuaBot.zip."),
};

var manifestDir = AppContext.GetData("EntryPointFileDirectoryPath") as string
    ?? throw new InvalidOperationException("Run this file with 'dotnet run manifest/package.cs'.");

Dictionary<string, string> given;
try
{
    given = ParseArgs(args, inputs);
}
catch (InputException e)
{
    return Fail(2, e.Message + Environment.NewLine + Usage(inputs));
}

if (given.ContainsKey("help"))
{
    Console.WriteLine(Usage(inputs));
    return 0;
}

string? Get(string option)
{
    if (given.TryGetValue(option, out var value) && value.Length > 0) return value;
    var envName = inputs.Single(i => i.Option == option).EnvironmentVariable;
    var fromEnv = envName is null ? null : Environment.GetEnvironmentVariable(envName)?.Trim();
    return string.IsNullOrEmpty(fromEnv) ? null : fromEnv;
}

var problems = new List<string>();

var appId = Get("app-id");
if (appId is null)
    problems.Add("The Microsoft App ID is missing: pass --app-id <GUID> or set the environment variable MicrosoftAppId.");
else if (!Regex.IsMatch(appId, "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"))
    problems.Add($"The Microsoft App ID '{appId}' is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx); check --app-id or MicrosoftAppId.");

var version = Get("version") ?? "1.0.0";
if (!Regex.IsMatch(version, @"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$"))
    problems.Add($"The app version '{version}' is not MAJOR.MINOR.PATCH (for example 1.0.0); check --version or TeamsAppVersion.");

var botDomain = Get("bot-domain");
if (botDomain is not null && Uri.CheckHostName(botDomain) is not (UriHostNameType.Dns or UriHostNameType.IPv4))
    problems.Add($"The bot domain '{botDomain}' is not a host name; give the host only, e.g. thiduabot.azurewebsites.net (no https://, no path).");

string? Url(string option, string envName, string defaultPath)
{
    var value = Get(option) ?? (botDomain is null ? null : $"https://{botDomain}{defaultPath}");
    if (value is null)
    {
        problems.Add($"The {option} is missing: pass --{option} or set {envName}, or give --bot-domain to use https://<bot-domain>{defaultPath}.");
        return null;
    }
    if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        problems.Add($"The {option} '{value}' is not an absolute https URL; check --{option} or {envName}.");
    return value;
}

var websiteUrl = Url("website-url", "TeamsAppWebsiteUrl", "/");
var privacyUrl = Url("privacy-url", "TeamsAppPrivacyUrl", "/privacy");
var termsUrl = Url("terms-url", "TeamsAppTermsUrl", "/terms");

if (problems.Count > 0)
    return Fail(2, "Cannot build the Teams app package:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));

var output = Path.GetFullPath(Get("output") ?? Path.Combine(manifestDir, "build", "ThiDuaBot.zip"));

var values = new Dictionary<string, string>
{
    ["MICROSOFT_APP_ID"] = appId!.ToLowerInvariant(),
    ["APP_VERSION"] = version,
    ["BOT_DOMAIN"] = botDomain ?? "",
    ["DEVELOPER_WEBSITE_URL"] = websiteUrl!,
    ["DEVELOPER_PRIVACY_URL"] = privacyUrl!,
    ["DEVELOPER_TERMS_URL"] = termsUrl!,
};

try
{
    var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);

    var manifest = Fill("manifest.json", values);
    // An optional value left empty (no bot domain) leaves nothing in validDomains.
    if (manifest["validDomains"] is JsonArray domains)
    {
        foreach (var empty in domains.Where(d => d?.GetValue<string>() is "").ToList()) domains.Remove(empty);
        if (domains.Count == 0) manifest.AsObject().Remove("validDomains");
    }
    files["manifest.json"] = Serialize("manifest.json", manifest);

    foreach (var file in LocalizationFiles(manifest))
        files[file] = Serialize(file, Fill(file, values));

    var icons = manifest["icons"] ?? throw new PackageException("manifest.json has no icons.");
    files[RootFile(icons["color"])] = Icon(RootFile(icons["color"]), 192);
    files[RootFile(icons["outline"])] = Icon(RootFile(icons["outline"]), 32);

    if (manifest["id"]?.GetValue<string>() != values["MICROSOFT_APP_ID"])
        throw new PackageException("manifest.json 'id' is not the Microsoft App ID after filling the placeholders.");
    if (manifest["bots"]?.AsArray().Any(bot => bot?["botId"]?.GetValue<string>() != values["MICROSOFT_APP_ID"]) ?? true)
        throw new PackageException("manifest.json has no bot, or a bot whose 'botId' is not the Microsoft App ID.");

    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    var temp = output + ".tmp";
    using (var zip = ZipFile.Open(temp, ZipArchiveMode.Create))
    {
        foreach (var (name, bytes) in files)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero); // same inputs, same bytes
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }
    File.Move(temp, output, overwrite: true);

    Console.WriteLine($"Wrote {output}");
    Console.WriteLine($"  app id {values["MICROSOFT_APP_ID"]}, version {version}, files: {string.Join(", ", files.Keys)}");
    return 0;
}
catch (PackageException e)
{
    return Fail(1, "Cannot build the Teams app package: " + e.Message);
}

// Reads a JSON file next to this script and replaces every ${{NAME}} placeholder in its string values.
JsonNode Fill(string file, IReadOnlyDictionary<string, string> placeholderValues)
{
    var path = Path.Combine(manifestDir, file);
    if (!File.Exists(path)) throw new PackageException($"{file} is missing from {manifestDir}.");
    JsonNode node;
    try
    {
        node = JsonNode.Parse(File.ReadAllText(path)) ?? throw new PackageException($"{file} is empty.");
    }
    catch (JsonException e)
    {
        throw new PackageException($"{file} is not valid JSON: {e.Message}");
    }

    string FillText(string text) => Placeholder().Replace(text, m =>
        placeholderValues.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new PackageException($"{file} uses the unknown placeholder {m.Value}; known: {string.Join(", ", placeholderValues.Keys)}."));

    void FillIn(JsonNode parent)
    {
        if (parent is JsonObject obj)
            foreach (var key in obj.Select(p => p.Key).ToList()) Visit(obj[key], filled => obj[key] = filled);
        else if (parent is JsonArray array)
            for (var i = 0; i < array.Count; i++)
            {
                var index = i;
                Visit(array[index], filled => array[index] = filled);
            }
    }

    void Visit(JsonNode? child, Action<JsonNode> replace)
    {
        if (child is JsonValue value && value.TryGetValue<string>(out var text)) replace(JsonValue.Create(FillText(text)));
        else if (child is JsonObject or JsonArray) FillIn(child);
    }

    FillIn(node);
    return node;
}

// Writes the filled JSON and checks that it parses and that no placeholder is left.
static byte[] Serialize(string file, JsonNode node)
{
    var text = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    JsonDocument.Parse(text).Dispose();
    if (text.Contains("${{", StringComparison.Ordinal))
        throw new PackageException($"{file} still contains a ${{{{...}}}} placeholder after filling.");
    return new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
}

static IEnumerable<string> LocalizationFiles(JsonNode manifest)
{
    var info = manifest["localizationInfo"];
    if (info?["defaultLanguageFile"] is { } defaultFile) yield return RootFile(defaultFile);
    foreach (var language in info?["additionalLanguages"]?.AsArray() ?? [])
        yield return RootFile(language?["file"]);
}

static string RootFile(JsonNode? node)
{
    var name = node?.GetValue<string>();
    if (string.IsNullOrEmpty(name) || name != Path.GetFileName(name))
        throw new PackageException($"'{name}' must be a file name at the package root (no folders).");
    return name;
}

// Reads a PNG next to this script and checks its IHDR width and height.
byte[] Icon(string file, int size)
{
    var path = Path.Combine(manifestDir, file);
    if (!File.Exists(path)) throw new PackageException($"{file} is missing from {manifestDir}.");
    var bytes = File.ReadAllBytes(path);
    byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(signature) || System.Text.Encoding.ASCII.GetString(bytes, 12, 4) != "IHDR")
        throw new PackageException($"{file} is not a PNG file.");
    var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
    var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
    if (width != size || height != size)
        throw new PackageException($"{file} is {width}x{height}; Teams needs {size}x{size}.");
    return bytes;
}

static Dictionary<string, string> ParseArgs(string[] args, Input[] inputs)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        var arg = args[i];
        if (arg is "-h" or "--help" or "-?") { result["help"] = ""; continue; }
        if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new InputException($"Unexpected argument '{arg}'.");
        var name = arg[2..];
        string? value = null;
        var eq = name.IndexOf('=');
        if (eq >= 0) (name, value) = (name[..eq], name[(eq + 1)..]);
        if (!inputs.Any(input => input.Option == name)) throw new InputException($"Unknown option '--{name}'.");
        if (value is null)
        {
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new InputException($"Option '--{name}' needs a value.");
            value = args[++i];
        }
        result[name] = value.Trim();
    }
    return result;
}

static string Usage(Input[] inputs) =>
    "Usage: dotnet run manifest/package.cs -- --app-id <GUID> [options]" + Environment.NewLine +
    string.Join(Environment.NewLine, inputs.Select(i =>
        $"  --{i.Option,-12} {(i.EnvironmentVariable is null ? "" : $"(env {i.EnvironmentVariable}) ")}{i.Description}"));

static int Fail(int code, string message)
{
    Console.Error.WriteLine(message);
    return code;
}

partial class Program
{
    [GeneratedRegex(@"\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}

sealed record Input(string Option, string? EnvironmentVariable, string Description);

sealed class InputException(string message) : Exception(message);

sealed class PackageException(string message) : Exception(message);
