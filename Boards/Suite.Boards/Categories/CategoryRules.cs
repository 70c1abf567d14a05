using Suite.Boards.Api;

namespace Suite.Boards.Categories;

/// <summary>What a category sent by a client must be (Focalboard's <c>Category.IsValid</c> and the API's checks).</summary>
internal static class CategoryRules
{
    public const int MaxNameLength = 100;

    public static readonly HashSet<string> Sortings = ["", "manual", "alphabetical", "recent"];

    public static void Validate(CategoryBoards category, string userId, string teamId, string mismatchedUser)
    {
        if (category.UserId != userId)
        {
            throw BoardsErrors.BadRequest(mismatchedUser);
        }

        if (category.TeamId != teamId)
        {
            throw BoardsErrors.BadRequest("teamID mismatch");
        }

        category.Name = (category.Name ?? "").Trim();
        if (category.Name.Length == 0)
        {
            throw BoardsErrors.BadRequest("category name cannot be empty");
        }

        if (category.Name.Length > MaxNameLength)
        {
            throw BoardsErrors.BadRequest($"category name is longer than {MaxNameLength} characters");
        }

        category.Sorting ??= "";
        if (!Sortings.Contains(category.Sorting))
        {
            throw BoardsErrors.BadRequest("category sorting must be one of: manual, alphabetical, recent");
        }
    }

    public static CategoryBoards Find(UserCategories categories, string categoryId) =>
        categories.Categories.FirstOrDefault(c => c.Id == categoryId && c.DeleteAt == 0)
        ?? throw BoardsErrors.NotFound($"category ID={categoryId}");
}
