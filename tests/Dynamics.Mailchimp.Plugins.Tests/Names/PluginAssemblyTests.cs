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

    [Fact]
    public void StaticFields_HoldNoArrays_EvenBehindReadOnlyInterfaces()
    {
        // Arrange: a static readonly array is shared by every thread, and its elements can still be replaced,
        // also when the field is typed IReadOnlyList (a cast gets the array back). Empty arrays hold nothing to replace.
        const BindingFlags statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        // Act
        var arrays = Plugins.GetTypes()
            .Where(t => !t.IsGenericTypeDefinition)
            .SelectMany(t => t.GetFields(statics).Where(f => !f.IsLiteral).Select(f => (Path: $"{t.FullName}.{f.Name}", Value: f.GetValue(null))))
            .SelectMany(x => Arrays(x.Value, x.Path, depth: 0))
            .ToArray();

        // Assert
        Assert.Empty(arrays);
    }

    [Fact]
    public void PluginInstances_HoldNoArrays_WithEveryRegisteredConfiguration()
    {
        // Arrange
        var steps = Dynamics.Mailchimp.Solution.Registration.PluginRegistrationManifest.Load().Steps;

        // Act
        var arrays = steps
            .Select(s => (Step: s, Plugin: Activator.CreateInstance(Plugins.GetType(s.Plugin)!, s.UnsecureConfiguration, null)))
            .SelectMany(x => Arrays(x.Plugin, $"{x.Step.Plugin} ({x.Step.Name})", depth: 0))
            .ToArray();

        // Assert
        Assert.Empty(arrays);
    }

    /// <summary>Non-empty arrays reachable from <paramref name="value"/> through fields of this assembly's types.</summary>
    private static IEnumerable<string> Arrays(object? value, string path, int depth)
    {
        if (value is Array { Length: > 0 })
        {
            yield return path;
            yield break;
        }

        if (value is null || depth > 3 || value.GetType().Assembly != Plugins)
        {
            yield break;
        }

        const BindingFlags instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        for (var type = value.GetType(); type is not null && type.Assembly == Plugins; type = type.BaseType)
        {
            foreach (var field in type.GetFields(instance | BindingFlags.DeclaredOnly))
            {
                foreach (var found in Arrays(field.GetValue(value), $"{path}.{field.Name}", depth + 1))
                {
                    yield return found;
                }
            }
        }
    }
}
