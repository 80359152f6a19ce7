using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ThiDuaBot.TestSupport.Fakes;

/// <summary>
/// A loopback stand-in for Microsoft Graph v1.0 and the Microsoft Entra token endpoint, over real HTTPS with its own
/// certificate (or one passed in, e.g. <see cref="FakeTeamsChannel.Certificate"/> so a <c>BotApplication</c> trusts
/// it). It serves <c>/v1.0/users</c> and <c>/v1.0/groups/{id}/members</c> as Graph does — only the <c>$select</c>ed
/// properties (Graph's default set otherwise), <c>manager</c> only when <c>$expand</c>ed, pages of at most
/// <see cref="PageSize"/> with an absolute <c>@odata.nextLink</c> — refuses requests without one of its own bearer
/// tokens (401), and records every request. It also installs apps for users
/// (<c>POST /v1.0/users/{id}/teamwork/installedApps</c>): 201 with no body, 409 when the app is already installed for the
/// user (see <see cref="AlreadyInstalledFor"/>; an install it accepted counts too), 404 for a user it does not know, or
/// 403 with Graph's missing-permission error after <see cref="RefuseInstallsForMissingPermission"/>.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    public const string TokenPrefix = "fake-graph-token-";
    private static readonly string[] DefaultUserProperties = ["id", "displayName", "jobTitle", "mail", "userPrincipalName"];

    private readonly WebApplication _app;
    private readonly bool _ownsCertificate;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private readonly ConcurrentDictionary<string, string> _installed = new(StringComparer.OrdinalIgnoreCase);
    private int _tokenCounter;
    private volatile int _refuseWith;
    private volatile bool _refuseInstalls;

    private FakeGraph(WebApplication app, X509Certificate2 certificate, bool ownsCertificate, FakeGraphDirectory directory)
    {
        _app = app;
        _ownsCertificate = ownsCertificate;
        Certificate = certificate;
        Directory = directory;
    }

    public X509Certificate2 Certificate { get; }
    public FakeGraphDirectory Directory { get; }
    public Uri BaseUri { get; private set; } = null!;
    /// <summary>The value for <c>Roster:Graph:BaseUrl</c>.</summary>
    public string BaseUrl => new Uri(BaseUri, "v1.0").AbsoluteUri;
    /// <summary>The value for <c>Roster:Graph:AuthorityHost</c>: tokens come from <c>{AuthorityHost}{tenant}/oauth2/v2.0/token</c>.</summary>
    public string AuthorityHost => BaseUri.AbsoluteUri;
    /// <summary>The most items the fake puts in one page, whatever <c>$top</c> asks.</summary>
    public int PageSize { get; set; } = 7;
    /// <summary>Graph calls (not token requests), in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();
    /// <summary>The form fields of every token request, with the tenant from the path under <c>tenant</c>.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => _tokenRequests.ToArray();

    public static async Task<FakeGraph> StartAsync(FakeGraphDirectory? directory = null, X509Certificate2? certificate = null)
    {
        var ownsCertificate = certificate is null;
        certificate ??= CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var serving = certificate;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(serving)));
        var app = builder.Build();
        var fake = new FakeGraph(app, certificate, ownsCertificate, directory ?? FakeGraphDirectory.SoKhcnBacGiang());
        fake.MapEndpoints();
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>Answer 403 to a users request that expands <c>manager</c>, as a tenant that does not let the app read managers would.</summary>
    public bool RefuseManagerExpansion { get; set; }

    /// <summary>From now on every Graph call is answered with this status and an OData error (0: answer normally again).</summary>
    public void RefuseWith(int status) => _refuseWith = status;

    /// <summary>
    /// From now on every install is answered 403 with the error Graph gives an app that lacks
    /// TeamsAppInstallation.ReadWriteSelfForUser.All.
    /// </summary>
    public void RefuseInstallsForMissingPermission() => _refuseInstalls = true;

    /// <summary>The catalog id of the app the fake installs; a binding to any other app is a 400.</summary>
    public string CatalogAppId { get; set; } = "d2c4f6a8-1b3d-4e5f-8a9b-0c1d2e3f4a5b";

    /// <summary>Users for whom the app is installed already (an install for them is a 409).</summary>
    public void AlreadyInstalledFor(params string[] userIds)
    {
        foreach (var id in userIds)
        {
            _installed[id] = CatalogAppId;
        }
    }

    /// <summary>Users the app is installed for: set up with <see cref="AlreadyInstalledFor"/>, or installed by a 201.</summary>
    public IReadOnlyCollection<string> InstalledFor => _installed.Keys.ToArray();

    /// <summary>Users for whom an install is answered with this status instead (e.g. 404, or a 403 of that user alone).</summary>
    public ConcurrentDictionary<string, int> InstallStatusFor { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The install requests, in order.</summary>
    public IReadOnlyList<RecordedRequest> InstallRequests =>
        Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/teamwork/installedApps", StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_ownsCertificate)
        {
            Certificate.Dispose();
        }
    }

    private void MapEndpoints()
    {
        _app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = new Uri(BaseUri, $"{tenant}/v2.0").AbsoluteUri,
            ["token_endpoint"] = new Uri(BaseUri, $"{tenant}/oauth2/v2.0/token").AbsoluteUri,
            ["authorization_endpoint"] = new Uri(BaseUri, $"{tenant}/oauth2/v2.0/authorize").AbsoluteUri,
            ["jwks_uri"] = new Uri(BaseUri, "keys").AbsoluteUri,
        }));
        _app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            fields["tenant"] = tenant;
            _tokenRequests.Enqueue(fields);
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = TokenPrefix + Interlocked.Increment(ref _tokenCounter).ToString(CultureInfo.InvariantCulture),
            });
        });

        _app.MapGet("/v1.0/users", (HttpContext context) => Guarded(context, () =>
        {
            var query = context.Request.Query;
            var select = Select(query["$select"]);
            var expandManager = query["$expand"].ToString().Contains("manager", StringComparison.OrdinalIgnoreCase);
            if (expandManager && RefuseManagerExpansion)
            {
                return Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
            }
            var items = Directory.Users.Select(user => UserJson(user, select, expandManager)).ToList();
            return Page(context, "v1.0/users", items);
        }));

        _app.MapGet("/v1.0/groups/{id}/members", (HttpContext context, string id) => Guarded(context, () =>
        {
            if (!Directory.GroupMembers.TryGetValue(id, out var members))
            {
                return Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.");
            }
            var select = Select(context.Request.Query["$select"]);
            var users = Directory.Users.ToDictionary(u => u.Id);
            var items = members.Select(memberId =>
            {
                if (!users.TryGetValue(memberId, out var user))
                {
                    return new JsonObject { ["@odata.type"] = "#microsoft.graph.group", ["id"] = memberId };
                }
                var json = UserJson(user, select, expandManager: false);
                json["@odata.type"] = "#microsoft.graph.user";
                return json;
            }).ToList();
            return Page(context, $"v1.0/groups/{id}/members", items);
        }));

        _app.MapPost("/v1.0/users/{id}/teamwork/installedApps", async (HttpContext context, string id) =>
        {
            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(context.Request.Body).ConfigureAwait(false);
            }
            catch (System.Text.Json.JsonException)
            {
                body = null;
            }
            return Guarded(context, () => InstallForUser(id, body), body);
        });
    }

    private IResult InstallForUser(string id, JsonNode? body)
    {
        if (!Directory.Users.Any(u => string.Equals(u.Id, id, StringComparison.OrdinalIgnoreCase)))
        {
            return Error(404, "NotFound", $"User '{id}' not found.");
        }
        if (_refuseInstalls)
        {
            return Error(403, "Forbidden", "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All, "
                + "TeamsAppInstallation.ReadWriteForUser.All'. Roles on the request 'User.Read.All, GroupMember.Read.All'.");
        }
        var binding = (body as JsonObject)?["teamsApp@odata.bind"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (binding != new Uri(BaseUri, "v1.0/appCatalogs/teamsApps/" + CatalogAppId).AbsoluteUri)
        {
            return Error(400, "BadRequest", "teamsApp@odata.bind must name an app of the catalog.");
        }
        if (InstallStatusFor.TryGetValue(id, out var status))
        {
            return Error(status, status == 404 ? "NotFound" : "UnknownError", "");
        }
        if (!_installed.TryAdd(id, CatalogAppId))
        {
            return Error(409, "Conflict", "App is already installed.");
        }
        return Results.StatusCode(201);
    }

    private IResult Guarded(HttpContext context, Func<IResult> answer, JsonNode? body = null)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value, authorization, body));
        if (!authorization.StartsWith("Bearer " + TokenPrefix, StringComparison.Ordinal))
        {
            return Error(401, "InvalidAuthenticationToken", "Access token is empty.");
        }
        if (_refuseWith != 0)
        {
            return Error(_refuseWith, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }
        return answer();
    }

    private IResult Page(HttpContext context, string path, List<JsonObject> items)
    {
        var query = context.Request.Query;
        var skip = int.TryParse(query["$skiptoken"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var top = int.TryParse(query["$top"], CultureInfo.InvariantCulture, out var t) ? t : 100;
        var size = Math.Max(1, Math.Min(PageSize, top));
        var page = new JsonArray(items.Skip(skip).Take(size).Select(item => (JsonNode)item).ToArray());
        var body = new JsonObject
        {
            ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#{path.Replace("v1.0/", "", StringComparison.Ordinal)}",
            ["value"] = page,
        };
        if (skip + size < items.Count)
        {
            var next = query
                .Where(pair => pair.Key != "$skiptoken")
                .Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value.ToString()))
                .Append("$skiptoken=" + (skip + size).ToString(CultureInfo.InvariantCulture));
            body["@odata.nextLink"] = new Uri(BaseUri, path).AbsoluteUri + "?" + string.Join('&', next);
        }
        return Results.Text(body.ToJsonString(), "application/json");
    }

    private static HashSet<string> Select(string? select) =>
        (string.IsNullOrWhiteSpace(select) ? DefaultUserProperties : select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static JsonObject UserJson(FakeGraphUser user, HashSet<string> select, bool expandManager)
    {
        var all = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = user.Id,
            ["displayName"] = user.DisplayName,
            ["mail"] = user.Mail,
            ["userPrincipalName"] = user.UserPrincipalName,
            ["department"] = user.Department,
            ["jobTitle"] = user.JobTitle,
            ["accountEnabled"] = user.AccountEnabled,
            ["userType"] = user.UserType,
        };
        var json = new JsonObject();
        foreach (var (name, value) in all)
        {
            if (select.Contains(name))
            {
                json[name] = value;
            }
        }
        if (expandManager && user.ManagerId is { } managerId)
        {
            json["manager"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.user", ["id"] = managerId };
        }
        return json;
    }

    private static IResult Error(int status, string code, string message) => Results.Text(
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString(),
        "application/json",
        statusCode: status);

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ThiDuaBot fake Microsoft Graph", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
