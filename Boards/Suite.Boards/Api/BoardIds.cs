using Suite.Boards.Blocks;
using Suite.Platform;

namespace Suite.Boards.Api;

/// <summary>
/// Focalboard's ids: a letter naming the kind (<c>b</c> board, <c>c</c> card, <c>v</c> view,
/// <c>a</c> content block) followed by a Mattermost id, 27 characters in all. Ids clients choose for
/// their blocks (Focalboard's web app makes its own) are kept when they are 1 to 36 letters, digits,
/// '-' or '_' (old Focalboard ids are UUIDs).
/// </summary>
internal static class BoardIds
{
    public static string NewBoard() => "b" + Ids.New();

    public static string NewFor(string blockType) => blockType switch
    {
        BlockTypes.Card => "c",
        BlockTypes.View => "v",
        BlockTypes.Image or BlockTypes.Attachment => "i",
        _ => "a",
    } + Ids.New();

    public static bool IsValidClientId(string id) =>
        id.Length is > 0 and <= 36 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
