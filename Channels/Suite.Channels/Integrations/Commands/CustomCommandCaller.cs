using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Suite.Channels.Channels;
using Suite.Platform;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Http;
using Suite.Platform.Identity;
using Suite.Platform.Teams;

namespace Suite.Channels.Integrations.Commands;

/// <summary>Sends Mattermost's command request to a custom command's URL through the Platform's resilience pipeline.</summary>
internal sealed partial class CustomCommandCaller(
    IOutboundHttp http, CommandStore store, ChannelStore channels, IUserDirectory users, ITeamDirectory teams, ITeamMembership membership,
    IHttpContextAccessor context, IntegrationsOptions options, TimeProvider time)
{
    private const int MaxResponseBytes = 1024 * 1024;

    public async Task<CommandResponseBody> CallAsync(Command command, Channel channel, string userId, string text, string rootId, CancellationToken cancellationToken)
    {
        var responseUrlId = Ids.New();
        await store.InsertResponseUrlAsync(responseUrlId, command.Id, userId, channel.Id, rootId, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        var found = await users.FindByIdsAsync([userId], cancellationToken);
        var user = found.Count > 0 ? found[0] : null;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("token", command.Token),
            new("team_id", command.TeamId),
            new("team_domain", await teams.FindNameByIdAsync(command.TeamId, cancellationToken) ?? ""),
            new("channel_id", channel.Id),
            new("channel_name", channel.Name),
            new("user_id", userId),
            new("user_name", user?.Username ?? ""),
            new("command", "/" + command.Trigger),
            new("text", text),
            new("trigger_id", Ids.New()),
            new("root_id", rootId),
            new("response_url", $"{SiteUrl()}/hooks/commands/{responseUrlId}"),
        };
        fields.AddRange(await UserMentionsAsync(text, command.TeamId, cancellationToken));
        fields.AddRange(await ChannelMentionsAsync(text, command.TeamId, cancellationToken));

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(() => Request(command, fields), cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            // IOutboundHttp reports refusals, timeouts on every attempt and an open breaker this way; its message says which.
            throw Failed(command, ex.Message);
        }

        using (response)
        {
            if (response.StatusCode != System.Net.HttpStatusCode.OK)
            {
                var answer = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new AppErrorException(
                    500,
                    "api.command.execute_command.failed_resp.app_error",
                    $"Command with a trigger of '/{command.Trigger}' returned response {(int)response.StatusCode} {response.ReasonPhrase}.",
                    answer.Length > 1000 ? answer[..1000] : answer);
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (body.Length > MaxResponseBytes)
            {
                throw Failed(command, "the response is larger than 1 MB");
            }

            return Parse(body, response.Content.Headers.ContentType?.MediaType);
        }
    }

    public static CommandResponseBody Parse(string body, string? mediaType)
    {
        if (mediaType != "application/json")
        {
            return new CommandResponseBody { Text = body };
        }

        try
        {
            return JsonSerializer.Deserialize<CommandResponseBody>(body, ApiJson.Options) ?? new CommandResponseBody();
        }
        catch (JsonException ex)
        {
            throw new AppErrorException(400, "api.command.execute_command.failed_resp.app_error", "The command's response could not be read.", ex.Message);
        }
    }

    /// <summary>
    /// <c>user_mentions</c> and <c>user_mentions_ids</c>, pairwise: each <c>@name</c> in the text naming an active
    /// member of the team, as written (or without trailing <c>.</c>, <c>-</c>, <c>_</c> when only that names one).
    /// </summary>
    private async Task<List<KeyValuePair<string, string>>> UserMentionsAsync(string text, string teamId, CancellationToken cancellationToken)
    {
        var mentions = UserMention().Matches(text).Select(m => m.Value[1..]).Distinct(StringComparer.Ordinal).ToList();
        var fields = new List<KeyValuePair<string, string>>();
        if (mentions.Count == 0)
        {
            return fields;
        }

        var candidates = mentions.SelectMany(WithoutTrailingPunctuation).Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var found = (await users.FindByUsernamesAsync(candidates, cancellationToken))
            .Where(u => !u.IsDeleted)
            .ToDictionary(u => u.Username, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var name = WithoutTrailingPunctuation(mention).FirstOrDefault(found.ContainsKey);
            if (name is null || !seen.Add(name) || await membership.GetRoleAsync(teamId, found[name].Id, cancellationToken) is null)
            {
                continue;
            }

            fields.Add(new("user_mentions", name));
            fields.Add(new("user_mentions_ids", found[name].Id));
        }

        return fields;
    }

    /// <summary><c>channel_mentions</c> and <c>channel_mentions_ids</c>, pairwise: each <c>~name</c> in the text naming an open channel of the team.</summary>
    private async Task<List<KeyValuePair<string, string>>> ChannelMentionsAsync(string text, string teamId, CancellationToken cancellationToken)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var name in ChannelMention().Matches(text).Select(m => m.Value[1..]).Distinct(StringComparer.Ordinal))
        {
            if (await channels.FindByNameAsync(teamId, name, cancellationToken) is { Type: ChannelTypes.Open, IsArchived: false } channel)
            {
                fields.Add(new("channel_mentions", name));
                fields.Add(new("channel_mentions_ids", channel.Id));
            }
        }

        return fields;
    }

    private static IEnumerable<string> WithoutTrailingPunctuation(string name)
    {
        yield return name;
        while (name.Length > 1 && name[^1] is '.' or '-' or '_')
        {
            name = name[..^1];
            yield return name;
        }
    }

    [GeneratedRegex(@"\B@[\p{L}\p{Nd}][\p{L}\p{Nd}.\-_:]*")]
    private static partial Regex UserMention();

    [GeneratedRegex(@"\B~[a-zA-Z0-9\-_]+")]
    private static partial Regex ChannelMention();

    private static HttpRequestMessage Request(Command command, List<KeyValuePair<string, string>> fields)
    {
        HttpRequestMessage request;
        if (command.Method == "G")
        {
            var query = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
            var separator = command.Url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            request = new HttpRequestMessage(HttpMethod.Get, command.Url + separator + query);
        }
        else
        {
            request = new HttpRequestMessage(HttpMethod.Post, command.Url) { Content = new FormUrlEncodedContent(fields) };
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Token", command.Token);
        return request;
    }

    private string SiteUrl()
    {
        if (options.SiteUrl.Length > 0)
        {
            return options.SiteUrl.TrimEnd('/');
        }

        var request = context.HttpContext?.Request;
        return request is null ? "" : $"{request.Scheme}://{request.Host}";
    }

    private static AppErrorException Failed(Command command, string detail) =>
        new(500, "api.command.execute_command.failed.app_error", $"Command with a trigger of '/{command.Trigger}' failed.", detail);
}
