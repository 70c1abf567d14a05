using System.Security.Cryptography;
using System.Text;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;

namespace Suite.Boards.Templates;

/// <summary>
/// Writes one built-in template: a board in the global team with its card properties (options
/// coloured round the palette), views and sample cards. Every id is derived from the template's key
/// and the item's name, so all hosts make the same template and a second write is a duplicate.
/// </summary>
internal sealed class TemplateBuilder
{
    private static readonly string[] Palette =
        ["propColorGray", "propColorBrown", "propColorOrange", "propColorYellow", "propColorGreen", "propColorBlue", "propColorPurple", "propColorPink", "propColorRed"];

    private readonly string _key;
    private readonly List<Block> _blocks = [];
    private int _colour;

    public TemplateBuilder(string key, string title, string icon, string description)
    {
        _key = key;
        Board = new Board
        {
            Id = "b" + StableId("board"),
            TeamId = BuiltInTemplates.GlobalTeamId,
            Type = Board.Open,
            Title = title,
            Icon = icon,
            Description = description,
            ShowDescription = true,
            IsTemplate = true,
            TemplateVersion = BuiltInTemplates.Version,
            CreatedBy = BuiltInTemplates.SystemUser,
            ModifiedBy = BuiltInTemplates.SystemUser,
        };
    }

    public Board Board { get; }

    public IReadOnlyList<Block> Blocks => _blocks;

    /// <summary>A select (or multi-select) property with the given option labels.</summary>
    public TemplateBuilder Options(string name, string type, params string[] labels)
    {
        Board.CardProperties.Add(new CardPropertyTemplate
        {
            Id = PropertyId(name),
            Name = name,
            Type = type,
            Options = labels.Select(label => new PropertyOption { Id = DerivedOptionId(name, label), Value = label, Color = Palette[_colour++ % Palette.Length] }).ToList(),
        });
        return this;
    }

    public TemplateBuilder Select(string name, params string[] labels) => Options(name, PropertyTypes.Select, labels);

    public TemplateBuilder Property(string name, string type)
    {
        Board.CardProperties.Add(new CardPropertyTemplate { Id = PropertyId(name), Name = name, Type = type });
        return this;
    }

    /// <summary>A view; <paramref name="groupBy"/> names the property a board view groups by, <paramref name="dateProperty"/> the date a calendar shows.</summary>
    public TemplateBuilder View(string title, string viewType, string? groupBy = null, string? dateProperty = null)
    {
        var fields = new Dictionary<string, object?>
        {
            ["viewType"] = viewType,
            ["groupById"] = groupBy is null ? "" : PropertyId(groupBy),
            ["dateDisplayPropertyId"] = dateProperty is null ? "" : PropertyId(dateProperty),
            ["sortOptions"] = Array.Empty<object>(),
            ["visiblePropertyIds"] = Board.CardProperties.Where(p => p.Id != (groupBy is null ? "" : PropertyId(groupBy))).Select(p => p.Id).ToArray(),
            ["visibleOptionIds"] = Array.Empty<string>(),
            ["hiddenOptionIds"] = Array.Empty<string>(),
            ["collapsedOptionIds"] = Array.Empty<string>(),
            ["filter"] = new { operation = "and", filters = Array.Empty<object>() },
            ["cardOrder"] = Array.Empty<string>(),
            ["columnWidths"] = new Dictionary<string, int>(),
            ["columnCalculations"] = new Dictionary<string, string>(),
            ["kanbanCalculations"] = new Dictionary<string, object>(),
            ["defaultTemplateId"] = "",
        };
        _blocks.Add(NewBlock("v" + StableId("view/" + title), BlockTypes.View, Board.Id, title, fields));
        return this;
    }

    /// <summary>
    /// A card; <paramref name="values"/> maps property names to option labels (several for a
    /// multi-select, separated by '|') or to text; <paramref name="text"/> becomes a text block and
    /// <paramref name="checklist"/> checkbox blocks, in that order.
    /// </summary>
    public TemplateBuilder Card(string title, string icon = "", IReadOnlyDictionary<string, string>? values = null, string? text = null, IReadOnlyList<string>? checklist = null, bool isTemplate = false)
    {
        var cardId = "c" + StableId("card/" + title);
        var content = new List<Block>();
        if (text is not null)
        {
            content.Add(NewBlock("a" + StableId($"card/{title}/text"), BlockTypes.Text, cardId, text, new Dictionary<string, object?>()));
        }

        foreach (var item in checklist ?? [])
        {
            content.Add(NewBlock("a" + StableId($"card/{title}/check/{item}"), BlockTypes.Checkbox, cardId, item, new Dictionary<string, object?> { ["value"] = false }));
        }

        var properties = new Dictionary<string, object>();
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            var property = Board.CardProperties.First(p => p.Name == name);
            properties[property.Id] = property.Type switch
            {
                PropertyTypes.Select => OptionId(name, value),
                PropertyTypes.MultiSelect => value.Split('|').Select(label => OptionId(name, label)).ToArray(),
                _ => value,
            };
        }

        _blocks.Add(NewBlock(cardId, BlockTypes.Card, Board.Id, title, new Dictionary<string, object?>
        {
            ["icon"] = icon,
            ["isTemplate"] = isTemplate,
            ["properties"] = properties,
            ["contentOrder"] = content.Select(c => c.Id).ToArray(),
        }));
        _blocks.AddRange(content);
        return this;
    }

    private Block NewBlock(string id, string type, string parentId, string title, Dictionary<string, object?> fields) => new()
    {
        Id = id,
        BoardId = Board.Id,
        ParentId = parentId,
        Type = type,
        Title = title,
        Schema = 1,
        CreatedBy = BuiltInTemplates.SystemUser,
        ModifiedBy = BuiltInTemplates.SystemUser,
        Fields = fields.ToDictionary(f => f.Key, f => BoardsJson.ToElement(f.Value)),
    };

    private string PropertyId(string name) => "p" + StableId("property/" + name);

    private string OptionId(string property, string label)
    {
        var option = Board.CardProperties.First(p => p.Name == property).Options.FirstOrDefault(o => o.Value == label)
            ?? throw new InvalidOperationException($"Template {_key}: property {property} has no option {label}.");
        return option.Id;
    }

    private string DerivedOptionId(string property, string label) => "o" + StableId($"option/{property}/{label}");

    private string StableId(string item) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{_key}/{item}")))[..26];
}
