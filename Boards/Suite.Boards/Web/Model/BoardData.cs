using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Members;

namespace Suite.Boards.Web.Model;

/// <summary>
/// One open board as the screens hold it: the board, its live blocks by id, and the viewer's role. Changes
/// from the realtime events are applied here, so every view reads the same state.
/// </summary>
public sealed class BoardData(Board board, IEnumerable<Block> blocks, string role)
{
    private readonly Dictionary<string, Block> _blocks = blocks.Where(b => b.DeleteAt == 0).ToDictionary(b => b.Id, StringComparer.Ordinal);
    private List<Block>? _cards;
    private List<Block>? _views;

    public Board Board { get; private set; } = board;

    /// <summary>The viewer's effective role on the board (<see cref="BoardRoles"/>).</summary>
    public string Role { get; set; } = role;

    /// <summary>Grows with every change, so derived lists know when to be computed again.</summary>
    public int Version { get; private set; }

    public bool CanEditCards => BoardRoles.Rank(Role) >= BoardRoles.Rank(BoardRoles.Editor);

    public bool CanComment => BoardRoles.Rank(Role) >= BoardRoles.Rank(BoardRoles.Commenter);

    public bool IsAdmin => Role == BoardRoles.Admin;

    /// <summary>The live cards, card templates left out.</summary>
    public IReadOnlyList<Block> Cards => _cards ??= _blocks.Values
        .Where(b => b.Type == BlockTypes.Card && !CardValues.IsTemplate(b))
        .OrderBy(b => b.CreateAt).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();

    /// <summary>The board's card templates, by title.</summary>
    public IReadOnlyList<Block> CardTemplates => _blocks.Values
        .Where(b => b.Type == BlockTypes.Card && CardValues.IsTemplate(b))
        .OrderBy(b => b.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Block> Views => _views ??= _blocks.Values
        .Where(b => b.Type == BlockTypes.View)
        .OrderBy(b => b.CreateAt).ThenBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();

    /// <summary>Usernames by user id, for the people the board's cards and comments name.</summary>
    public Dictionary<string, string> Usernames { get; } = new(StringComparer.Ordinal);

    /// <summary>The board's explicit members, offered when a person property is set.</summary>
    public List<string> MemberIds { get; set; } = [];

    public string Username(string userId) => Usernames.GetValueOrDefault(userId, userId.Length == 0 ? "" : "someone");

    /// <summary>Every user the board's blocks name: authors, editors, and people in person properties.</summary>
    public IEnumerable<string> UserIds()
    {
        var people = Board.CardProperties.Where(p => p.Type is PropertyTypes.Person or PropertyTypes.MultiPerson).Select(p => p.Id).ToList();
        return _blocks.Values.SelectMany(b => people.SelectMany(p => b.Type == BlockTypes.Card ? CardValues.Values(b, p) : []).Append(b.CreatedBy).Append(b.ModifiedBy))
            .Concat(MemberIds).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal);
    }

    public Block? Find(string id) => _blocks.GetValueOrDefault(id);

    /// <summary>A card's content and comments.</summary>
    public IEnumerable<Block> ChildrenOf(string cardId) => _blocks.Values.Where(b => b.ParentId == cardId);

    public CardPropertyTemplate? Property(string id) => Board.CardProperties.FirstOrDefault(p => p.Id == id);

    /// <summary>Takes a newer copy of the board; an event older than what is shown (it can arrive after the answer to a later change) is ignored.</summary>
    public void Apply(Board changed)
    {
        if (changed.UpdateAt < Board.UpdateAt)
        {
            return;
        }

        Board = changed;
        Version++;
    }

    /// <summary>Adds, replaces or (when deleted) removes a block with its children.</summary>
    public void Apply(Block block)
    {
        if (block.BoardId.Length > 0 && block.BoardId != Board.Id)
        {
            return;
        }

        if (block.DeleteAt != 0)
        {
            _blocks.Remove(block.Id);
            foreach (var child in _blocks.Values.Where(b => b.ParentId == block.Id).Select(b => b.Id).ToList())
            {
                _blocks.Remove(child);
            }
        }
        else if (!_blocks.TryGetValue(block.Id, out var known) || known.UpdateAt <= block.UpdateAt)
        {
            _blocks[block.Id] = block;
        }

        _cards = null;
        _views = null;
        Version++;
    }
}
