using Suite.Channels.Posts.SearchPosts;

namespace Suite.Channels.Posts;

/// <summary>
/// A post's search columns, computed by the statements that write its message (migration 0015 says
/// why they are not generated columns): <c>search_vector</c>, the message and hashtags in the
/// configuration every search query uses, and <c>search_pairs</c>, that vector's adjacent lexeme pairs.
/// </summary>
internal static class PostSearchDocument
{
    /// <summary>
    /// FROM items naming <c>document.vector</c> and <c>pairs.pairs</c> for the row whose message and
    /// hashtags are the given SQL expressions; the pairs function is inlined into the statement's plan.
    /// </summary>
    public static string Lateral(string message, string hashtags) =>
        $"LATERAL (SELECT {Vector(message, hashtags)} AS vector) document, LATERAL channels.lexeme_pairs(document.vector) AS pairs(pairs)";

    /// <summary><c>SET</c> assignments for both columns, for an update of the message.</summary>
    public static string Assignments(string message, string hashtags) =>
        $"search_vector = {Vector(message, hashtags)}, search_pairs = channels.adjacent_lexeme_pairs({Vector(message, hashtags)})";

    private static string Vector(string message, string hashtags) => $"to_tsvector({PostSearchSql.Config}, {message} || ' ' || {hashtags})";
}
