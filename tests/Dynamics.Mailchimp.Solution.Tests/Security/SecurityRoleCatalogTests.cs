using System.Xml.Linq;
using Dynamics.Mailchimp.Solution.Schema;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Solution.Tests.Security;

/// <summary>The roles in solution/src/Roles: embedded as on disk, XSD-valid, stable ids, each privilege justified.</summary>
public sealed class SecurityRoleCatalogTests
{
    private static readonly Guid ServiceRoleId = new("34ff2efc-3d7e-4463-9fc3-df2184176c51");
    private static readonly Guid ManagerRoleId = new("a4aa7153-dd9e-4f6e-91fe-91a8cef2a216");

    [Fact]
    public void FromSolution_EmbeddedRoles_EqualTheFolderOnDisk()
    {
        // Act
        var embedded = SecurityRoleCatalog.FromSolution();
        var onDisk = SecurityRoleCatalog.FromFolder(RepositoryPaths.SolutionRoles);

        // Assert
        Assert.Equal(onDisk.Roles.Select(r => r.Name), embedded.Roles.Select(r => r.Name));
        Assert.All(onDisk.Roles.Zip(embedded.Roles), p => Assert.Equal(p.First.Privileges, p.Second.Privileges));
    }

    [Fact]
    public void FromSolution_Roles_KeepTheirShippedIds()
    {
        // Act
        var catalog = SecurityRoleCatalog.FromSolution();

        // Assert: an id never changes once shipped, or an upgrade adds a second role.
        Assert.Equal(ServiceRoleId, catalog.Get(SecurityRoleNames.SyncService).Id);
        Assert.Equal(ManagerRoleId, catalog.Get(SecurityRoleNames.SyncManager).Id);
    }

    [Fact]
    public void RoleFiles_WrappedAsCustomizations_ValidateAgainstMicrosoftsXsd()
    {
        // Arrange: Roles/<name>.xml holds what customizations.xml's <Roles> holds (RolesType).
        var schema = CustomizationsSchema.Load(Path.Combine(RepositoryPaths.CustomizationSchemas, "CustomizationsSolution.xsd"));
        var roles = Directory.EnumerateFiles(RepositoryPaths.SolutionRoles, "*.xml").Order(StringComparer.Ordinal).Select(f => XElement.Load(f)).ToList();
        roles.ForEach(r => r.Attributes().Where(a => a.IsNamespaceDeclaration).Remove());
        var document = new XDocument(new XElement("ImportExportXml", new XElement("Roles", roles)));

        // Act
        var errors = schema.Validate(document);

        // Assert
        Assert.Equal(2, roles.Count);
        Assert.Empty(errors);
    }

    [Fact]
    public void ServiceRole_EveryPrivilege_FollowsAJustifyingComment()
    {
        // Arrange
        var role = XElement.Load(Path.Combine(RepositoryPaths.SolutionRoles, SecurityRoleNames.SyncService + ".xml"));

        // Act: the nearest comment above each privilege, skipping the privileges of the same group.
        var unexplained = role.Element("RolePrivileges")!.Elements("RolePrivilege")
            .Where(p => !p.NodesBeforeSelf().Reverse().SkipWhile(n => n is XElement).Any(n => n is XComment c && !string.IsNullOrWhiteSpace(c.Value)))
            .Select(p => (string?)p.Attribute("name"))
            .ToList();

        // Assert
        Assert.Empty(unexplained);
    }

    [Fact]
    public void ServiceRole_LeastPrivilege_GrantsNoDeleteBypassOrImpersonation()
    {
        // Act
        var names = SecurityRoleCatalog.FromSolution().Get(SecurityRoleNames.SyncService).Privileges.Select(p => p.Name).ToList();

        // Assert
        Assert.DoesNotContain(names, n => n.StartsWith("prvDelete", StringComparison.Ordinal));
        Assert.DoesNotContain("prvBypassCustomPlugins", names);
        Assert.DoesNotContain("prvActOnBehalfOfAnotherUser", names);
    }

    [Fact]
    public void ServiceRole_ReconciliationAndSettings_CreatesQueueRowsAndReadsEnvironmentVariables()
    {
        // Act
        var privileges = SecurityRoleCatalog.FromSolution().Get(SecurityRoleNames.SyncService).Privileges.ToDictionary(p => p.Name, p => p.Depth);

        // Assert: reconciliation queues its corrections (issue #12); the job reads the solution's environment variables at start-up.
        Assert.Equal(PrivilegeDepth.Global, privileges["prvCreatedmc_syncqueueitem"]);
        Assert.Equal(PrivilegeDepth.Global, privileges["prvReadEnvironmentVariableDefinition"]);
        Assert.Equal(PrivilegeDepth.Global, privileges["prvReadEnvironmentVariableValue"]);
    }

    [Fact]
    public void Get_UnknownRole_ThrowsNamingTheKnownOnes()
    {
        // Act
        var error = Assert.Throws<KeyNotFoundException>(() => SecurityRoleCatalog.FromSolution().Get("System Administrator"));

        // Assert
        Assert.Contains("'System Administrator'", error.Message, StringComparison.Ordinal);
        Assert.Contains(SecurityRoleNames.SyncService, error.Message, StringComparison.Ordinal);
    }
}
