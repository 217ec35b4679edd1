using System.Reflection;
using Microsoft.Xrm.Sdk;
using Xrm.Sdk.Facade.Tests.Surface;

namespace Xrm.Sdk.Facade.Tests;

/// <summary>
/// Keeps the facade honest: every public type and member it has must exist, with the same signature,
/// in Microsoft.CrmSdk.CoreAssemblies 9.0.2.56 (the listing in Reference/xrm-sdk-surface.md).
/// </summary>
public sealed class FacadeSurfaceTests
{
    private static readonly Assembly Facade = typeof(Entity).Assembly;

    [Fact]
    public void EveryPublicType_ExistsInOfficialSdkWithSameHeader()
    {
        // Arrange
        var official = OfficialSurface.Load();
        var problems = new List<string>();

        // Act
        foreach (var type in Facade.GetExportedTypes())
        {
            var match = official.Find($"{type.Namespace}.{SignatureRenderer.TypeName(type)}");
            if (match is null)
            {
                problems.Add($"{type.FullName}: not in the official SDK");
                continue;
            }

            var prefix = SignatureRenderer.HeaderPrefix(type);
            if (!match.Header.StartsWith(prefix, StringComparison.Ordinal))
            {
                problems.Add($"{type.FullName}: header '{prefix}' does not match '{match.Header}'");
            }

            if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(Enum)
                && !match.Header.Contains($": {SignatureRenderer.TypeName(baseType)}", StringComparison.Ordinal))
            {
                problems.Add($"{type.FullName}: base {baseType.Name} differs from '{match.Header}'");
            }

            foreach (var iface in type.GetInterfaces().Where(i => i.Namespace!.StartsWith("Microsoft.", StringComparison.Ordinal)))
            {
                if (!match.Header.Contains(SignatureRenderer.TypeName(iface), StringComparison.Ordinal))
                {
                    problems.Add($"{type.FullName}: interface {iface.Name} not in '{match.Header}'");
                }
            }
        }

        // Assert
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void EveryPublicMember_HasOfficialSignature()
    {
        // Arrange
        var official = OfficialSurface.Load();
        var problems = new List<string>();

        // Act
        foreach (var type in Facade.GetExportedTypes())
        {
            var match = official.Find($"{type.Namespace}.{SignatureRenderer.TypeName(type)}");
            foreach (var member in SignatureRenderer.Members(type))
            {
                if (match is null || !match.Members.Contains(member))
                {
                    problems.Add($"{type.FullName}: {member}");
                }
            }
        }

        // Assert
        Assert.True(problems.Count == 0, "Not in the official SDK:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void ExportedTypes_LiveOnlyInOfficialNamespaces()
    {
        // Arrange
        string[] allowed = ["Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk.Query", "Microsoft.Xrm.Sdk.Messages", "Microsoft.Crm.Sdk.Messages"];

        // Act
        var strays = Facade.GetExportedTypes().Where(t => !allowed.Contains(t.Namespace)).Select(t => t.FullName).ToList();

        // Assert
        Assert.Empty(strays);
    }
}
