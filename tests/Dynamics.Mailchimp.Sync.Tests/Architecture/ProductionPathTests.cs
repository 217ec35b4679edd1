using System.Reflection;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Sync.Run;

namespace Dynamics.Mailchimp.Sync.Tests.Architecture;

/// <summary>The production path (the engine and both clients) never references emulator code, directly or through a dependency.</summary>
public sealed class ProductionPathTests
{
    public static TheoryData<string> ProductionAssemblies => new()
    {
        typeof(PushRunner).Assembly.GetName().Name!,
        typeof(IDataverseClient).Assembly.GetName().Name!,
        typeof(IMailchimpClient).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(ProductionAssemblies))]
    public void Assembly_ReferencesNoSandboxAssembly_DirectlyOrTransitively(string name)
    {
        // Arrange
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // Act
        var sandboxes = Closure(Assembly.Load(name), seen).Where(n => n.Contains(".Sandbox", StringComparison.Ordinal)).ToList();

        // Assert
        Assert.Contains(name, seen);
        Assert.Empty(sandboxes);
    }

    private static IEnumerable<string> Closure(Assembly assembly, HashSet<string> seen)
    {
        if (!seen.Add(assembly.GetName().Name!))
        {
            yield break;
        }

        yield return assembly.GetName().Name!;
        foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Dynamics.Mailchimp", StringComparison.Ordinal)))
        {
            foreach (var name in Closure(Assembly.Load(reference), seen))
            {
                yield return name;
            }
        }
    }
}
