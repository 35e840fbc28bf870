[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Scope = "namespaceanddescendants",
    Target = "~N:MineAction.Ui.Tests.Components", Justification = "xunit disposes each page test's bUnit context through IAsyncLifetime.DisposeAsync.")]
