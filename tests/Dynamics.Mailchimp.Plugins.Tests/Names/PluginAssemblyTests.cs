using System.Reflection;

namespace Dynamics.Mailchimp.Plugins.Tests.Names;

/// <summary>What Dataverse requires of a plug-in assembly registered on its own.</summary>
public sealed class PluginAssemblyTests
{
    private static readonly Assembly Plugins = typeof(MemberUpdatedPlugin).Assembly;

    [Fact]
    public void Assembly_IsStrongNameSigned()
    {
        // Act
        var token = Plugins.GetName().GetPublicKeyToken();

        // Assert
        Assert.NotNull(token);
        Assert.Equal(8, token!.Length);
    }

    [Fact]
    public void Assembly_ReferencesOnlyTheSdkAndTheFramework()
    {
        // Act
        var others = Plugins.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !(n.StartsWith("System", StringComparison.Ordinal) || n is "mscorlib" or "netstandard" or "Dynamics.Mailchimp.Xrm.Sdk.Facade" or "Microsoft.Xrm.Sdk" or "Microsoft.Crm.Sdk.Proxy"))
            .ToArray();

        // Assert
        Assert.Empty(others);
    }

    [Fact]
    public void Types_HoldNoMutableState()
    {
        // Arrange: the platform caches plug-in instances and runs them on several threads at once.
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        // Act
        var mutable = Plugins.GetTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetFields(all).Select(f => (Type: t, Field: f)))
            .Where(x => !x.Field.IsInitOnly && !x.Field.IsLiteral && !x.Type.IsEnum)
            .Select(x => $"{x.Type.FullName}.{x.Field.Name}")
            .ToArray();

        // Assert
        Assert.Empty(mutable);
    }
}
