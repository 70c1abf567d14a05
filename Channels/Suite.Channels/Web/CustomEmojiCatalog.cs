using System.Text.RegularExpressions;
using Suite.Channels.CustomEmojis.GetEmojiList;
using Suite.Channels.CustomEmojis.GetEmojisByNames;
using Suite.Channels.Posts;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Web;

/// <summary>
/// The custom emoji a browser tab knows, by name, read through the API's emoji requests: the whole list when the
/// emoji picker opens (as Mattermost's picker loads it), and the names used in the messages and reactions on screen.
/// A page makes one and hands it down as a parameter; where custom emoji are switched off it stays empty.
/// </summary>
public sealed partial class CustomEmojiCatalog(ISender sender)
{
    private const int PageSize = 200;
    private const int MaxPages = 10;

    private readonly Dictionary<string, string> _idsByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unknown = new(StringComparer.Ordinal);

    /// <summary>Emoji ids by name.</summary>
    public IReadOnlyDictionary<string, string> IdsByName => _idsByName;

    /// <summary>Every known custom emoji, by name, for the picker.</summary>
    public IEnumerable<string> Names => _idsByName.Keys.Order(StringComparer.Ordinal);

    /// <summary>Where the emoji's image is served, or null for a name that is no custom emoji.</summary>
    public string? ImageUrl(string name) => _idsByName.TryGetValue(name, out var id) ? ImageUrlOf(id) : null;

    /// <summary>The image of the emoji with this id (<c>GET /api/v4/emoji/{id}/image</c>), relative to the app's base.</summary>
    public static string ImageUrlOf(string id) => $"api/v4/emoji/{id}/image";

    /// <summary>Reads the whole list again (page by page, sorted by name), so that deleted emoji go and new ones come.</summary>
    public async Task LoadAllAsync()
    {
        try
        {
            var all = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var page = 0; page < MaxPages; page++)
            {
                var list = await sender.Send(new GetEmojiListRequest(page, PageSize, "name"));
                foreach (var emoji in list)
                {
                    all[emoji.Name] = emoji.Id;
                }

                if (list.Count < PageSize)
                {
                    break;
                }
            }

            _idsByName.Clear();
            foreach (var (name, id) in all)
            {
                _idsByName[name] = id;
            }

            _unknown.Clear();
        }
        catch (AppErrorException)
        {
            // Custom emoji are switched off: only the standard ones are offered.
        }
    }

    /// <summary>Looks up the names not known yet among the posts' <c>:name:</c> codes and reactions.</summary>
    public async Task LearnAsync(IEnumerable<Post> posts)
    {
        var names = posts.SelectMany(p => Codes().Matches(p.Message).Select(m => m.Groups[1].Value)
                .Concat(p.Metadata.Reactions?.Select(r => r.EmojiName) ?? []))
            .Where(n => !_idsByName.ContainsKey(n) && !_unknown.Contains(n) && !Emoji.IsStandard(n))
            .Distinct(StringComparer.Ordinal)
            .Take(GetEmojisByNamesHandler.MaxNames)
            .ToList();
        if (names.Count == 0)
        {
            return;
        }

        try
        {
            var found = await sender.Send(new GetEmojisByNamesRequest(names));
            foreach (var emoji in found)
            {
                _idsByName[emoji.Name] = emoji.Id;
            }

            _unknown.UnionWith(names.Where(n => !_idsByName.ContainsKey(n)));
        }
        catch (AppErrorException)
        {
            _unknown.UnionWith(names);
        }
    }

    /// <summary>What reads as an emoji code in a message: a name between colons.</summary>
    [GeneratedRegex(":([a-zA-Z0-9+_-]{1,64}):", RegexOptions.CultureInvariant)]
    internal static partial Regex Codes();
}
