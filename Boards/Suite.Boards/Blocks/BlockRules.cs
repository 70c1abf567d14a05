using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Boards.Cards;
using Suite.Boards.Views;

namespace Suite.Boards.Blocks;

/// <summary>What a block must be to be stored: Focalboard's size limits and field rules, plus typed card properties and view types.</summary>
internal static partial class BlockRules
{
    /// <summary>Focalboard's <c>BlockTitleMaxRunes</c> (65,535 bytes at four bytes a rune).</summary>
    public const int MaxTitleRunes = 65535 / 4;

    /// <summary>Focalboard's <c>BlockFieldsMaxRunes</c>.</summary>
    public const int MaxFieldsRunes = 800_000;

    /// <summary>
    /// Checks a block about to be stored. With <paramref name="before"/> (a patch), card property values it
    /// already had are not checked again, so a property the board has since dropped does not block other changes.
    /// </summary>
    public static void Validate(Board board, Block block, Block? before = null)
    {
        if (string.IsNullOrEmpty(block.Type))
        {
            throw BoardsErrors.BadRequest($"missing type for block id {block.Id}");
        }

        if (!BlockTypes.Storable.Contains(block.Type))
        {
            throw BoardsErrors.BadRequest($"{block.Type} is an invalid block type.");
        }

        if (Runes(block.Title) > MaxTitleRunes)
        {
            throw BoardsErrors.BadRequest("block title size limit exceeded");
        }

        if (Runes(JsonSerializer.Serialize(block.Fields, BoardsJson.Options)) > MaxFieldsRunes)
        {
            throw BoardsErrors.BadRequest("block fields size limit exceeded");
        }

        if (block.Fields.TryGetValue("properties", out var properties))
        {
            if (properties.ValueKind != JsonValueKind.Object)
            {
                throw BoardsErrors.BadRequest("block fields.properties must be a JSON object");
            }

            if (block.Type == BlockTypes.Card)
            {
                var values = properties.Deserialize<Dictionary<string, JsonElement>>(BoardsJson.Options)!;
                var old = before?.Fields.TryGetValue("properties", out var oldProperties) == true && oldProperties.ValueKind == JsonValueKind.Object
                    ? oldProperties.Deserialize<Dictionary<string, JsonElement>>(BoardsJson.Options)!
                    : [];
                CardPropertyValues.Validate(board, values.Where(v => !(old.TryGetValue(v.Key, out var was) && was.GetRawText() == v.Value.GetRawText())).ToDictionary());
            }
        }

        if (block.Type == BlockTypes.View && block.Fields.TryGetValue("viewType", out var viewType)
            && (viewType.ValueKind != JsonValueKind.String || !BlockTypes.ViewTypes.Contains(viewType.GetString()!)))
        {
            throw BoardsErrors.BadRequest($"invalid view type: fields.viewType must be one of {string.Join(", ", BlockTypes.ViewTypes)}");
        }

        if (block.Type == BlockTypes.Card)
        {
            CardFields.Validate(block.Fields);
        }

        if (block.Type == BlockTypes.View)
        {
            WipLimits.Validate(board, block, before);
        }
    }

    /// <summary>Focalboard's rule for patched field names (<c>safeInputPattern</c>), applied to nested objects too.</summary>
    public static void ValidateFieldNames(IReadOnlyDictionary<string, JsonElement> fields)
    {
        foreach (var (key, value) in fields)
        {
            if (!SafeFieldName().IsMatch(key))
            {
                throw BoardsErrors.BadRequest($"invalid characters in block with key: {key}");
            }

            if (value.ValueKind == JsonValueKind.Object)
            {
                ValidateFieldNames(value.Deserialize<Dictionary<string, JsonElement>>(BoardsJson.Options)!);
            }
        }
    }

    private static int Runes(string text) => text.EnumerateRunes().Count();

    [GeneratedRegex("^[a-zA-Z0-9 _-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeFieldName();
}

/// <summary>A card's own fields: <c>icon</c> (one emoji at most), <c>isTemplate</c>, <c>contentOrder</c> (ids, or arrays of ids shown side by side).</summary>
internal static class CardFields
{
    public static void Validate(IReadOnlyDictionary<string, JsonElement> fields)
    {
        if (fields.TryGetValue("icon", out var icon) && icon.ValueKind != JsonValueKind.Null
            && (icon.ValueKind != JsonValueKind.String || !IsOneGrapheme(icon.GetString()!)))
        {
            throw BoardsErrors.BadRequest("invalid card, Icon can have only one grapheme");
        }

        if (fields.TryGetValue("isTemplate", out var isTemplate) && isTemplate.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
        {
            throw BoardsErrors.BadRequest("invalid type for field 'isTemplate'");
        }

        if (fields.TryGetValue("contentOrder", out var order) && order.ValueKind != JsonValueKind.Null && !IsContentOrder(order))
        {
            throw BoardsErrors.BadRequest("invalid type for field 'contentOrder'");
        }
    }

    public static bool IsOneGrapheme(string text) => new StringInfo(text).LengthInTextElements <= 1;

    public static bool IsContentOrder(JsonElement order) =>
        order.ValueKind == JsonValueKind.Array && order.EnumerateArray().All(item =>
            item.ValueKind == JsonValueKind.String
            || (item.ValueKind == JsonValueKind.Array && item.EnumerateArray().All(inner => inner.ValueKind == JsonValueKind.String)));
}
