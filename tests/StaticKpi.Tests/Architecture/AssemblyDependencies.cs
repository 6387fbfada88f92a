using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace StaticKpi.Tests.Architecture;

/// <summary>
/// Which namespace uses which in a compiled assembly, read from its metadata: base types, interfaces, attributes,
/// the signatures of fields, methods and locals, and every type, method and field token in the method bodies (so a
/// call inside a lambda counts for the type that wrote the lambda). A reference that the compiler removes (a
/// <c>const</c> copied into the caller, a <c>nameof</c>) leaves no trace here; <see cref="SourceDependencies"/>
/// covers the <c>using</c> lines.
/// </summary>
public static class AssemblyDependencies
{
    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>Every (using namespace, used namespace) pair between different namespaces of the assembly.</summary>
    public static IReadOnlySet<NamespaceEdge> Edges(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var edges = new HashSet<NamespaceEdge>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var from = NamespaceOf(reader, handle);
            if (from.Length == 0)
            {
                continue; // <Module> and the compiler's own types
            }

            var collector = new Collector(reader);
            collector.VisitType(handle, pe);
            foreach (var used in collector.Used)
            {
                var to = NamespaceOf(reader, used);
                if (to.Length > 0 && to != from)
                {
                    edges.Add(new NamespaceEdge(from, to));
                }
            }
        }

        return edges;
    }

    /// <summary>The namespace of a type, or of the outermost type a nested type (a closure, a state machine) sits in.</summary>
    private static string NamespaceOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.IsNested)
        {
            type = reader.GetTypeDefinition(type.GetDeclaringType());
        }

        return reader.GetString(type.Namespace);
    }

    /// <summary>Collects the types of this assembly that one type definition refers to.</summary>
    private sealed class Collector(MetadataReader reader) : ISignatureTypeProvider<object?, object?>
    {
        public HashSet<TypeDefinitionHandle> Used { get; } = [];

        public void VisitType(TypeDefinitionHandle handle, PEReader pe)
        {
            var type = reader.GetTypeDefinition(handle);
            Visit(type.BaseType);
            foreach (var i in type.GetInterfaceImplementations())
            {
                Visit(reader.GetInterfaceImplementation(i).Interface);
            }

            VisitAttributes(type.GetCustomAttributes());
            VisitConstraints(type.GetGenericParameters());
            foreach (var f in type.GetFields())
            {
                var field = reader.GetFieldDefinition(f);
                field.DecodeSignature(this, null);
                VisitAttributes(field.GetCustomAttributes());
            }

            foreach (var p in type.GetProperties())
            {
                var property = reader.GetPropertyDefinition(p);
                property.DecodeSignature(this, null);
                VisitAttributes(property.GetCustomAttributes());
            }

            foreach (var m in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(m);
                method.DecodeSignature(this, null);
                VisitAttributes(method.GetCustomAttributes());
                VisitConstraints(method.GetGenericParameters());
                foreach (var parameter in method.GetParameters())
                {
                    VisitAttributes(reader.GetParameter(parameter).GetCustomAttributes());
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    VisitBody(pe.GetMethodBody(method.RelativeVirtualAddress));
                }
            }
        }

        private void VisitAttributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var a in attributes)
            {
                Visit(reader.GetCustomAttribute(a).Constructor);
            }
        }

        private void VisitConstraints(GenericParameterHandleCollection parameters)
        {
            foreach (var g in parameters)
            {
                foreach (var c in reader.GetGenericParameter(g).GetConstraints())
                {
                    Visit(reader.GetGenericParameterConstraint(c).Type);
                }
            }
        }

        private void VisitBody(MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil)
            {
                _ = reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(this, null);
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                short code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = (short)(0xFE00 | il.ReadByte());
                }

                switch (OperandTypes[code])
                {
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                        Visit(MetadataTokens.EntityHandle(il.ReadInt32()));
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32(); // read first: 'Offset +=' would take the offset before the count
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    default: // branch targets, int32, float32, strings, signatures: four bytes
                        il.Offset += 4;
                        break;
                }
            }
        }

        private void Visit(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    Used.Add((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                    break;
                case HandleKind.MethodDefinition:
                    Used.Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.FieldDefinition:
                    Used.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MemberReference:
                    var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    Visit(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        member.DecodeMethodSignature(this, null);
                    }
                    else
                    {
                        member.DecodeFieldSignature(this, null);
                    }

                    break;
                case HandleKind.MethodSpecification:
                    var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Visit(specification.Method);
                    _ = specification.DecodeSignature(this, null);
                    break;
                default:
                    break; // types of other assemblies
            }
        }

        public object? GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Used.Add(handle);
            return null;
        }

        public object? GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            Visit(handle);
            return null;
        }

        public object? GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => null;
        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;
        public object? GetSZArrayType(object? elementType) => null;
        public object? GetArrayType(object? elementType, ArrayShape shape) => null;
        public object? GetByReferenceType(object? elementType) => null;
        public object? GetPointerType(object? elementType) => null;
        public object? GetPinnedType(object? elementType) => null;
        public object? GetGenericInstantiation(object? genericType, ImmutableArray<object?> typeArguments) => null;
        public object? GetGenericMethodParameter(object? genericContext, int index) => null;
        public object? GetGenericTypeParameter(object? genericContext, int index) => null;
        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;
        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;
    }
}

/// <summary>One namespace using another.</summary>
public sealed record NamespaceEdge(string From, string To)
{
    public override string ToString() => $"{From} -> {To}";
}
