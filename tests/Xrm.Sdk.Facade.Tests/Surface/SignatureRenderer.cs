using System.Reflection;

namespace Xrm.Sdk.Facade.Tests.Surface;

/// <summary>Renders types and members the way the official surface listing writes them.</summary>
internal static class SignatureRenderer
{
    private static readonly HashSet<string> UnqualifiedNamespaces = new(StringComparer.Ordinal)
    {
        "System", "System.Collections.Generic", "System.Collections.ObjectModel", "System.ComponentModel",
        "System.Runtime.Serialization", "Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk.Messages",
        "Microsoft.Xrm.Sdk.Query", "Microsoft.Crm.Sdk.Messages",
    };

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(int)] = "int", [typeof(long)] = "long", [typeof(decimal)] = "decimal", [typeof(double)] = "double",
        [typeof(byte)] = "byte", [typeof(char)] = "char", [typeof(float)] = "float", [typeof(short)] = "short",
    };

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string TypeName(Type type)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;
        if (type.IsGenericType)
        {
            name += "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
        }

        return UnqualifiedNamespaces.Contains(type.Namespace ?? string.Empty) ? name : $"{type.Namespace}.{name}";
    }

    /// <summary>"public sealed class Name&lt;T&gt;": what the official header line must start with.</summary>
    public static string HeaderPrefix(Type type)
    {
        var kind = type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : "class";
        var modifiers = type.IsInterface || type.IsEnum || type.IsValueType ? string.Empty
            : type.IsAbstract && type.IsSealed ? "static "
            : type.IsSealed ? "sealed "
            : type.IsAbstract ? "abstract " : string.Empty;
        return $"public {modifiers}{kind} {TypeName(type)}";
    }

    /// <summary>The public and protected members the type declares, rendered as listing lines.</summary>
    public static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue())},";
            }

            yield break;
        }

        foreach (var ctor in type.GetConstructors(Declared).Where(Visible))
        {
            yield return $"{Access(ctor, type)}{ShortName(type)}({Parameters(ctor)});";
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var getter = property.GetMethod;
            if (getter is null || !Visible(getter))
            {
                continue;
            }

            var setter = property.SetMethod is { } set && Visible(set) ? " set;" : string.Empty;
            var index = property.GetIndexParameters();
            var name = index.Length == 0 ? property.Name : $"this[{Parameters(index)}]";
            yield return $"{Access(getter, type)}{Modifiers(getter)}{TypeName(property.PropertyType)} {name} {{ get;{setter} }}";
        }

        foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName && Visible(m)))
        {
            var generic = method.IsGenericMethodDefinition
                ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">"
                : string.Empty;
            yield return $"{Access(method, type)}{Modifiers(method)}{TypeName(method.ReturnType)} {method.Name}{generic}({Parameters(method.GetParameters())});";
        }

        foreach (var field in type.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
        {
            var modifiers = (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
            yield return $"public {modifiers}{TypeName(field.FieldType)} {field.Name};";
        }
    }

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string ShortName(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;

    private static string Access(MethodBase method, Type declaring) =>
        declaring.IsInterface ? string.Empty
        : method.IsPublic ? "public "
        : method.IsFamilyOrAssembly ? "protected internal "
        : "protected ";

    private static string Modifiers(MethodInfo method)
    {
        if (method.DeclaringType!.IsInterface)
        {
            return string.Empty;
        }

        if (method.IsStatic)
        {
            return "static ";
        }

        if (!method.IsVirtual || method.IsFinal)
        {
            return string.Empty;
        }

        return method.GetBaseDefinition() != method ? "override " : method.IsAbstract ? "abstract " : "virtual ";
    }

    private static string Parameters(MethodBase method) => Parameters(method.GetParameters());

    private static string Parameters(ParameterInfo[] parameters) => string.Join(", ", parameters.Select(Parameter));

    private static string Parameter(ParameterInfo parameter)
    {
        var prefix = parameter.IsDefined(typeof(ParamArrayAttribute)) ? "params "
            : parameter.IsOut ? "out "
            : parameter.ParameterType.IsByRef ? "ref " : string.Empty;
        var defaultValue = parameter.HasDefaultValue ? " = " + (parameter.DefaultValue?.ToString() ?? "null") : string.Empty;
        return $"{prefix}{TypeName(parameter.ParameterType)} {parameter.Name}{defaultValue}";
    }
}
