namespace Suite.Platform.Web.Components.Layout;

/// <summary>A team as the team switcher shows it.</summary>
public sealed record TeamLink(string Name, string DisplayName);
