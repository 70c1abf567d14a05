using FluentValidation;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Playbooks.GetPlaybooks;
using Suite.Playbooks.Runs;
using Suite.Playbooks.Runs.GetRuns;

namespace Suite.Playbooks.Categories;

/// <summary>
/// <c>GET /my_categories?team_id=</c>: the caller's own categories in the team, then "Runs" (the in-progress runs they take
/// part in or follow) and "Playbooks" (those they are a member of), which leave out what a non-empty own category already
/// holds, as the plugin answers the sidebar. Items the caller cannot see keep their place with an empty name.
/// </summary>
internal sealed record GetMyCategoriesRequest(string TeamId) : IRequest<IReadOnlyList<Category>>, ITeamScopedRequest;

internal sealed class GetMyCategoriesHandler(CategoryStore categories, CategoryItemNames names, ISender sender, ICurrentUser user)
    : IRequestHandler<GetMyCategoriesRequest, IReadOnlyList<Category>>
{
    private const int MaxItems = 1000;

    public async Task<IReadOnlyList<Category>> Handle(GetMyCategoriesRequest request, CancellationToken cancellationToken)
    {
        var own = await categories.ListAsync(request.TeamId, user.UserId, cancellationToken);
        foreach (var category in own)
        {
            await names.FillAsync(category.Items, cancellationToken);
        }

        var taken = own.Where(c => c.Items.Count > 0).SelectMany(c => c.Items).Select(i => (i.ItemId, i.Type)).ToHashSet();
        var runs = await sender.Send(
            new GetRunsRequest
            {
                TeamId = request.TeamId,
                ParticipantOrFollowerId = user.UserId,
                Statuses = [RunStatuses.InProgress],
                Paging = new Paging(0, MaxItems, "create_at", Descending: true),
            },
            cancellationToken);
        var playbooks = await sender.Send(new GetPlaybooksRequest(request.TeamId, new Paging(0, MaxItems, "title", Descending: false), "", WithArchived: false), cancellationToken);

        var runItems = runs.Items.Where(r => r.Type == RunTypes.Playbook)
            .Select(r => new CategoryItem { ItemId = r.Id, Type = CategoryItemTypes.Run, Name = r.Name });
        var playbookItems = playbooks.Items.Where(p => p.IsMember(user.UserId))
            .Select(p => new CategoryItem { ItemId = p.Id, Type = CategoryItemTypes.Playbook, Name = p.Title, Public = p.Public });
        return
        [
            .. own,
            Computed("runsCategory", "Runs", request.TeamId, runItems.Where(i => !taken.Contains((i.ItemId, i.Type)))),
            Computed("playbooksCategory", "Playbooks", request.TeamId, playbookItems.Where(i => !taken.Contains((i.ItemId, i.Type)))),
        ];
    }

    private Category Computed(string id, string name, string teamId, IEnumerable<CategoryItem> items) =>
        new() { Id = id, Name = name, TeamId = teamId, UserId = user.UserId, Items = items.ToList() };
}

/// <summary><c>GET /my_categories/favorites?team_id=&amp;item_id=&amp;type=</c>: whether the item is in the caller's Favorite category.</summary>
internal sealed record IsFavoriteRequest(string TeamId, string ItemId, string Type) : IRequest<bool>, ITeamScopedRequest;

internal sealed class IsFavoriteValidator : AbstractValidator<IsFavoriteRequest>
{
    public IsFavoriteValidator() => RuleFor(r => r.Type).Must(CategoryItemTypes.IsKnown).WithMessage("must be p (a playbook) or r (a run).");
}

internal sealed class IsFavoriteHandler(CategoryStore categories, ICurrentUser user) : IRequestHandler<IsFavoriteRequest, bool>
{
    public async Task<bool> Handle(IsFavoriteRequest request, CancellationToken cancellationToken) =>
        (await categories.ListAsync(request.TeamId, user.UserId, cancellationToken))
            .FirstOrDefault(c => c.Name == Category.FavoriteName) is { } favorite
        && favorite.Items.Any(i => i.ItemId == request.ItemId && i.Type == request.Type);
}

/// <summary><c>POST /my_categories</c>: a new category of the caller's, in a team of theirs; answers its id (a JSON string), as the plugin.</summary>
internal sealed record CreateCategoryRequest(Category Category) : IRequest<string>, ITeamScopedRequest
{
    public string TeamId => Category.TeamId;
}

internal sealed class CreateCategoryValidator : AbstractValidator<CreateCategoryRequest>
{
    public CreateCategoryValidator() => RuleFor(r => r.Category).SetValidator(new CategoryRules());
}

internal sealed class CreateCategoryHandler(CategoryStore categories, ICurrentUser user, TimeProvider time) : IRequestHandler<CreateCategoryRequest, string>
{
    public async Task<string> Handle(CreateCategoryRequest request, CancellationToken cancellationToken)
    {
        var category = request.Category;
        if (!string.IsNullOrEmpty(category.Id))
        {
            throw AppErrorException.InvalidBody("id", "A new category has no id yet.");
        }

        if (category.UserId != user.UserId)
        {
            throw AppErrorException.InvalidBody("user_id", "A category can only be created for oneself.");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var created = new Category { Id = Ids.New(), Name = category.Name.Trim(), TeamId = category.TeamId, UserId = user.UserId, Collapsed = category.Collapsed, CreateAt = now, UpdateAt = now, Items = CategoryRules.Stored(category.Items) };
        await categories.SaveAsync(created, cancellationToken);
        return created.Id;
    }
}

/// <summary>
/// <c>PUT /my_categories/{id}</c>: renames the caller's category and replaces its items (and collapsed state); the body's
/// <c>id</c> and <c>user_id</c> must be the category's.
/// </summary>
internal sealed record UpdateCategoryRequest(string CategoryId, Category Category) : IRequest;

internal sealed class UpdateCategoryValidator : AbstractValidator<UpdateCategoryRequest>
{
    public UpdateCategoryValidator() => RuleFor(r => r.Category).SetValidator(new CategoryRules());
}

internal sealed class UpdateCategoryHandler(CategoryStore categories, ICurrentUser user, TimeProvider time) : IRequestHandler<UpdateCategoryRequest, Unit>
{
    public async Task<Unit> Handle(UpdateCategoryRequest request, CancellationToken cancellationToken)
    {
        var body = request.Category;
        if (body.Id != request.CategoryId)
        {
            throw AppErrorException.InvalidBody("id", "The body's id must be the category's.");
        }

        if (body.UserId != user.UserId)
        {
            throw AppErrorException.InvalidBody("user_id", "A category can only be changed by its user.");
        }

        var category = await CategoryRules.OwnAsync(categories, request.CategoryId, user.UserId, cancellationToken);
        category.Name = body.Name.Trim();
        category.Collapsed = body.Collapsed;
        category.Items = CategoryRules.Stored(body.Items);
        category.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        await categories.SaveAsync(category, cancellationToken);
        return Unit.Value;
    }
}

/// <summary><c>PUT /my_categories/{id}/collapse</c> with a JSON boolean: folds or unfolds the caller's category.</summary>
internal sealed record CollapseCategoryRequest(string CategoryId, bool Collapsed) : IRequest;

internal sealed class CollapseCategoryHandler(CategoryStore categories, ICurrentUser user, TimeProvider time) : IRequestHandler<CollapseCategoryRequest, Unit>
{
    public async Task<Unit> Handle(CollapseCategoryRequest request, CancellationToken cancellationToken)
    {
        var category = await CategoryRules.OwnAsync(categories, request.CategoryId, user.UserId, cancellationToken, othersStatus: 403);
        if (category.Collapsed != request.Collapsed)
        {
            category.Collapsed = request.Collapsed;
            category.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
            await categories.SaveAsync(category, cancellationToken);
        }

        return Unit.Value;
    }
}

/// <summary><c>DELETE /my_categories/{id}</c>: marks the caller's category deleted (204).</summary>
internal sealed record DeleteCategoryRequest(string CategoryId) : IRequest;

internal sealed class DeleteCategoryHandler(CategoryStore categories, ICurrentUser user, TimeProvider time) : IRequestHandler<DeleteCategoryRequest, Unit>
{
    public async Task<Unit> Handle(DeleteCategoryRequest request, CancellationToken cancellationToken)
    {
        var category = await CategoryRules.OwnAsync(categories, request.CategoryId, user.UserId, cancellationToken);
        category.DeleteAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        await categories.SaveAsync(category, cancellationToken);
        return Unit.Value;
    }
}

internal sealed class CategoryRules : AbstractValidator<Category>
{
    public const int MaxNameLength = 512;
    public const int MaxItems = 1000;

    public CategoryRules()
    {
        RuleFor(c => c.Name).Must(n => n?.Trim().Length > 0).WithMessage("must not be empty.").MaximumLength(MaxNameLength);
        RuleFor(c => c.TeamId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(c => c.Items).NotNull().WithMessage("must be a list.").Must(i => i is null || i.Count <= MaxItems).WithMessage($"must hold at most {MaxItems} items.");
        RuleForEach(c => c.Items).NotNull().WithMessage("must not be null.").ChildRules(item =>
        {
            item.RuleFor(i => i.ItemId).Must(Ids.IsValid).WithMessage("must be a valid id.");
            item.RuleFor(i => i.Type).Must(CategoryItemTypes.IsKnown).WithMessage("must be p (a playbook) or r (a run).");
        });
    }

    /// <summary>The items as stored: id and type once each; names and visibility are read when listed.</summary>
    public static List<CategoryItem> Stored(IEnumerable<CategoryItem> items) =>
        items.DistinctBy(i => (i.ItemId, i.Type)).Select(i => new CategoryItem { ItemId = i.ItemId, Type = i.Type }).ToList();

    /// <summary>
    /// The caller's live category. As the plugin: an unknown one is 400, a deleted one 404, someone else's 400
    /// (403 when collapsing).
    /// </summary>
    public static async Task<Category> OwnAsync(CategoryStore categories, string categoryId, string userId, CancellationToken cancellationToken, int othersStatus = 400)
    {
        var category = await categories.FindAsync(categoryId, cancellationToken)
            ?? throw new AppErrorException(400, "app.playbooks.category.not_found", "Can't get category");
        if (category.DeleteAt != 0)
        {
            throw new AppErrorException(404, "app.playbooks.category.deleted", "Category deleted");
        }

        return category.UserId == userId ? category : throw new AppErrorException(othersStatus, "app.playbooks.category.not_yours", "UserID mismatch");
    }
}

/// <summary>Reads the names of a category's items: a run's or playbook's own, or empty when the caller cannot see it.</summary>
internal sealed class CategoryItemNames(RunStore runs, RunAccess runAccess, PlaybookStore playbooks, PlaybookAccess playbookAccess)
{
    public async Task FillAsync(IEnumerable<CategoryItem> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            if (item.Type == CategoryItemTypes.Run)
            {
                var run = await runs.FindAsync(item.ItemId, cancellationToken);
                item.Name = run is not null && await runAccess.CanViewAsync(run, cancellationToken) ? run.Name : "";
            }
            else
            {
                var playbook = await playbooks.FindAsync(item.ItemId, cancellationToken);
                var visible = playbook is not null && await playbookAccess.CanViewAsync(playbook, cancellationToken);
                item.Name = visible ? playbook!.Title : "";
                item.Public = visible && playbook!.Public;
            }
        }
    }
}
