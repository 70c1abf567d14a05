namespace Suite.Boards.Contracts;

/// <summary>The Boards module's identity, for modules that declare a dependency on it.</summary>
public static class BoardsModuleName
{
    /// <summary>The name Boards registers under; use it in <c>DependsOn</c>.</summary>
    public const string Value = "Boards";
}
