import type { Curation } from './curation.js';

/**
 * Curated languages that anchor a professional niche: web and scripting, enterprise and mainframe, hardware and
 * scientific computing, games, shaders and UI (keys are Linguist names); part of CURATED.
 */
export const SPECIALIST: Record<string, Curation> = {
  // ---------------------------------------------------------------- web & scripting
  CoffeeScript: {},
  PureScript: {},
  ReScript: { rule: 'case' },
  Reason: {
    rule: 'strict',
    extraAliases: ['ReasonML', 'ReasonReact'],
    cues: ['ocaml', 'react', 'reasonreact', 'bucklescript', 'rescript', 'javascript', 'functional'],
  },
  Elm: {
    rule: 'usage',
    extraAliases: ['Elm language', 'Elm lang'],
    cues: ['functional', 'haskell', 'frontend', 'javascript', 'purescript', 'architecture', 'typed'],
    otherSenses: ['tree', 'trees', 'street', 'elms', 'dutch', 'disease', 'nightmare', 'wood'],
  },
  ActionScript: { keepShort: ['as3'] },
  ColdFusion: { extraAliases: ['CFML', 'Adobe ColdFusion'] },
  'Classic ASP': { extraAliases: ['ASP Classic'] },
  VBScript: { vendor: 'Microsoft' },
  'Visual Basic 6.0': { id: 'visual-basic-6', vendor: 'Microsoft', keepShort: ['vb6'] },
  AppleScript: { vendor: 'Apple' },
  AutoHotkey: { keepShort: ['ahk'] },
  Awk: {
    name: 'AWK',
    extraAliases: ['gawk', { text: 'awk', anyOf: ['usage-context'] }],
    cues: ['sed', 'bash', 'grep', 'shell', 'unix', 'perl', 'scripts', 'scripting', 'linux', 'regex'],
  },
  sed: {
    rule: 'strict',
    extraAliases: ['GNU sed'],
    cues: ['awk', 'grep', 'bash', 'shell', 'unix', 'regex', 'scripts', 'scripting', 'linux'],
  },
  jq: {
    rule: 'usage',
    cues: ['json', 'bash', 'shell', 'curl', 'yaml', 'scripts', 'cli'],
  },
  'Vim script': { extraAliases: ['VimL'] },
  Tcl: { extraAliases: ['Tcl/Tk', 'Tcl scripts', 'Tcl scripting'] },

  // ---------------------------------------------------------------- enterprise & mainframe
  JCL: { vendor: 'IBM', extraAliases: ['Job Control Language'] },
  REXX: { vendor: 'IBM' },
  RPGLE: { vendor: 'IBM', extraAliases: ['RPG IV', 'RPG/400', 'ILE RPG IV'] },
  PowerBuilder: { vendor: 'Appeon' },
  ObjectScript: { vendor: 'InterSystems' },
  PLpgSQL: { vendor: 'PostgreSQL Global Development Group', extraAliases: ['PL/pgSQL'] },
  HCL: {
    rule: 'usage',
    icon: null, // simple-icons "HCL" is HCLTech, the company
    vendor: 'HashiCorp',
    cues: ['terraform', 'hashicorp', 'packer', 'nomad', 'vault', 'consul', 'modules', 'opentofu'],
    otherSenses: [
      'technologies',
      'tech',
      'hcltech',
      'infosys',
      'wipro',
      'tcs',
      'cognizant',
      'notes',
      'domino',
      'consultant',
      'consultants',
      'client',
      'vendor',
      'offshore',
    ],
  },
  Starlark: { vendor: 'Google' },

  // ---------------------------------------------------------------- hardware, scientific & numerical
  Verilog: {},
  SystemVerilog: {},
  VHDL: {},
  OpenCL: { vendor: 'Khronos Group' },
  'Q#': { id: 'qsharp', vendor: 'Microsoft', rule: 'case' },
  Scilab: {},
  Modelica: { vendor: 'Modelica Association' },
  AMPL: {},
  GAMS: {
    rule: 'usage',
    cues: [
      'optimization',
      'optimisation',
      'solver',
      'solvers',
      'cplex',
      'gurobi',
      'linear',
      'ampl',
      'pyomo',
      'models',
    ],
  },
  'G-code': { extraAliases: ['GCode'] },

  // ---------------------------------------------------------------- games, shaders & UI
  GDScript: { vendor: 'Godot Foundation' },
  GLSL: { vendor: 'Khronos Group' },
  HLSL: { vendor: 'Microsoft' },
  Luau: {
    rule: 'usage',
    vendor: 'Roblox',
    cues: ['roblox', 'lua', 'scripting', 'scripts', 'games', 'game'],
    otherSenses: ['hawaiian', 'party', 'beach', 'feast', 'pig'],
  },
  QML: { vendor: 'The Qt Company' },
};
