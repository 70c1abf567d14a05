namespace Suite.Boards.Blocks;

/// <summary>Focalboard's server block types (<c>blocktype.go</c>) and the content types its web app adds.</summary>
internal static class BlockTypes
{
    public const string Card = "card";
    public const string View = "view";
    public const string Text = "text";
    public const string Checkbox = "checkbox";
    public const string Comment = "comment";
    public const string Image = "image";
    public const string Attachment = "attachment";
    public const string Divider = "divider";

    /// <summary>
    /// What a client may store. The legacy <c>board</c> block type is left out (boards are their own
    /// records since API v2), and so is <c>unknown</c>.
    /// </summary>
    public static readonly HashSet<string> Storable =
        [Card, View, Text, Checkbox, Comment, Image, Attachment, Divider, "h1", "h2", "h3", "list-item", "quote", "video"];

    /// <summary>Focalboard's view types (<c>fields.viewType</c>).</summary>
    public static readonly HashSet<string> ViewTypes = ["board", "table", "gallery", "calendar"];
}
