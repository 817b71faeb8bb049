import ts from 'typescript';
import { join } from 'node:path';
import { root, sourceFiles } from './sources.ts';

/**
 * Which keys of the text catalogue (src/i18n/*.ts) the code reaches, found with the type checker so
 * that aliases (`import { taskText as t }`), destructuring and `x['key']` count, and a key that merely
 * shares a name with another (`title`) does not.
 *
 * A catalogue object the code hands on as a whole value (to a card builder, to `commandFamily`, into
 * a lookup like `t.wherePhrases[w]`) is reached dynamically: its keys cannot be told apart statically,
 * so such an object is reported as `escaped` and needs an explained entry in the test's allow-list.
 */

export interface CatalogueUsage {
  /** Every key path, e.g. `deadlineText.editLabels.title`, with the file it is declared in. */
  keys: Map<string, string>;
  /** Paths with no reference to them or anything under them, and no escaped ancestor: only the topmost. */
  unused: string[];
  /** Paths handed on as whole values, with the first place that does it. */
  escaped: Map<string, string>;
}

function keyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name))
    return name.text;
  return null;
}

function unwrap(e: ts.Expression): ts.Expression {
  while (
    ts.isAsExpression(e) ||
    ts.isSatisfiesExpression(e) ||
    ts.isParenthesizedExpression(e) ||
    ts.isTypeAssertionExpression(e)
  )
    e = e.expression;
  return e;
}

export function catalogueUsage(codeDirs: string[]): CatalogueUsage {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
  const catalogueFiles = sourceFiles('src/i18n').filter((f) => f !== 'src/i18n/index.ts');
  const codeFiles = sourceFiles(...codeDirs).filter((f) => !f.endsWith('.d.ts'));
  const program = ts.createProgram({
    rootNames: [...new Set([...catalogueFiles, ...codeFiles])].map((f) => join(root, f)),
    options: { ...config.options, noEmit: true },
  });
  const checker = program.getTypeChecker();

  // Declarations of catalogue keys → their path.
  const pathOf = new Map<ts.Node, string>();
  const keys = new Map<string, string>();
  const objectPaths = new Set<string>();
  const visitObject = (obj: ts.ObjectLiteralExpression, prefix: string, file: string): void => {
    objectPaths.add(prefix);
    for (const p of obj.properties) {
      if (!(
        ts.isPropertyAssignment(p) ||
        ts.isShorthandPropertyAssignment(p) ||
        ts.isMethodDeclaration(p) ||
        ts.isGetAccessorDeclaration(p)
      ))
        continue;
      const name = keyName(p.name);
      if (name === null) continue;
      const path = `${prefix}.${name}`;
      pathOf.set(p, path);
      keys.set(path, file);
      if (ts.isPropertyAssignment(p)) {
        const init = unwrap(p.initializer);
        if (ts.isObjectLiteralExpression(init)) visitObject(init, path, file);
      }
    }
  };
  for (const file of catalogueFiles) {
    const sf = program.getSourceFile(join(root, file))!;
    for (const st of sf.statements) {
      if (!ts.isVariableStatement(st) || !st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        const init = unwrap(d.initializer);
        if (!ts.isObjectLiteralExpression(init)) continue;
        pathOf.set(d, d.name.text);
        keys.set(d.name.text, file);
        visitObject(init, d.name.text, file);
      }
    }
  }

  const resolve = (sym: ts.Symbol | undefined): string | null => {
    if (!sym) return null;
    if (sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    for (const d of sym.declarations ?? []) {
      const p = pathOf.get(d);
      if (p) return p;
    }
    return null;
  };

  const used = new Set<string>();
  const escaped = new Map<string, string>();
  const mark = (path: string): void => {
    for (let p = path; ; p = p.slice(0, p.lastIndexOf('.'))) {
      used.add(p);
      if (!p.includes('.')) break;
    }
  };

  /**
   * An object handed to a typed place (a parameter, a typed field) is read through that type: the
   * keys the type names are reached, the rest are not. Without such a type, or with an index
   * signature (`Record<string, …>`), the object is reached dynamically: false.
   */
  const markByType = (path: string, type: ts.Type | undefined, depth = 0): boolean => {
    if (!type || depth > 6) return false;
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
    if (type.isUnion()) return type.types.every((t) => markByType(path, t, depth)) && type.types.length > 0;
    if (checker.getIndexInfosOfType(type).length) return false;
    const props = type.getProperties();
    if (!props.length) return false;
    for (const prop of props) {
      const child = `${path}.${prop.name}`;
      if (!keys.has(child)) continue;
      mark(child);
      if (objectPaths.has(child) && !markByType(child, checker.getTypeOfSymbol(prop), depth + 1)) {
        if (!escaped.has(child)) escaped.set(child, `${path} as ${checker.typeToString(type)}`);
      }
    }
    return true;
  };

  /** `t.status[task.status]` with a key typed as a union of literals reaches exactly those keys. */
  const markByKeys = (path: string, key: ts.Expression): boolean => {
    const type = checker.getTypeAtLocation(key);
    const parts = type.isUnion() ? type.types : [type];
    if (!parts.every((p) => p.isStringLiteral() || p.isNumberLiteral())) return false;
    for (const p of parts) {
      const child = `${path}.${String((p as ts.LiteralType).value)}`;
      if (!keys.has(child)) return false;
      mark(child);
      if (objectPaths.has(child) && !escaped.has(child)) escaped.set(child, `${path}[${checker.typeToString(type)}]`);
    }
    return true;
  };

  for (const file of [...catalogueFiles, ...codeFiles]) {
    const sf = program.getSourceFile(join(root, file));
    if (!sf) continue;
    const where = (n: ts.Node): string => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      let path: string | null = null;
      const at: ts.Node = node;
      if (ts.isPropertyAccessExpression(node)) path = resolve(checker.getSymbolAtLocation(node.name));
      else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))
        path = resolve(checker.getSymbolAtLocation(node.argumentExpression));
      else if (
        ts.isIdentifier(node) &&
        !ts.isPropertyAccessExpression(node.parent) &&
        !ts.isImportSpecifier(node.parent) &&
        !ts.isExportSpecifier(node.parent) &&
        !ts.isVariableDeclaration(node.parent) &&
        !ts.isPropertyAssignment(node.parent)
      ) {
        path = resolve(checker.getSymbolAtLocation(node));
        if (path && path.includes('.')) path = null; // a key's own name in its declaration
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const name = node.propertyName ?? node.name;
        if (ts.isIdentifier(name)) path = resolve(checker.getTypeAtLocation(node.parent).getProperty(name.text));
      }
      if (path) {
        mark(path);
        // Reached as a whole value (not as the object of a further key access): dynamic.
        if (objectPaths.has(path) && !ts.isBindingElement(node)) {
          const parent = at.parent;
          const accessed =
            (ts.isPropertyAccessExpression(parent) && parent.expression === at) ||
            (ts.isElementAccessExpression(parent) &&
              parent.expression === at &&
              (ts.isStringLiteralLike(parent.argumentExpression) || markByKeys(path, parent.argumentExpression)));
          const destructured = ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name);
          const typeQuery = ts.isTypeQueryNode(parent) || ts.isQualifiedName(parent);
          if (
            !accessed &&
            !destructured &&
            !typeQuery &&
            !markByType(path, checker.getContextualType(at as ts.Expression)) &&
            !escaped.has(path)
          )
            escaped.set(path, where(at));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  const isEscapedBelow = (path: string): boolean => {
    for (let p = path; p.includes('.');) {
      p = p.slice(0, p.lastIndexOf('.'));
      if (escaped.has(p)) return true;
    }
    return escaped.has(path);
  };
  const unused = [...keys.keys()]
    .filter((k) => !used.has(k) && !isEscapedBelow(k))
    .filter((k) => {
      const parent = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : null;
      return parent === null || used.has(parent);
    });
  return { keys, unused: unused.sort(), escaped };
}
