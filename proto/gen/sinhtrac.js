/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const sinhtrac = $root.sinhtrac = (() => {

    /**
     * Namespace sinhtrac.
     * @exports sinhtrac
     * @namespace
     */
    const sinhtrac = {};

    sinhtrac.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof sinhtrac
         * @namespace
         */
        const v1 = {};

        v1.FaceSample = (function() {

            /**
             * Properties of a FaceSample.
             * @typedef {Object} sinhtrac.v1.FaceSample.$Properties
             * @property {Uint8Array|null} [image] FaceSample image
             * @property {Uint8Array|null} [template] FaceSample template
             * @property {"image"|"template"} [sample] FaceSample sample
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FaceSample.
             * @memberof sinhtrac.v1
             * @interface IFaceSample
             * @augments sinhtrac.v1.FaceSample.$Properties
             * @deprecated Use sinhtrac.v1.FaceSample.$Properties instead.
             */

            /**
             * Narrowed shape of a FaceSample.
             * @typedef {{
             *   image?: Uint8Array|null;
             *   template?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ sample?: undefined; image?: null; template?: null }|{ sample?: "image"; image: Uint8Array; template?: null }|{ sample?: "template"; image?: null; template: Uint8Array })
             * )} sinhtrac.v1.FaceSample.$Shape
             */

            /**
             * Constructs a new FaceSample.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FaceSample.
             * @constructor
             * @param {sinhtrac.v1.FaceSample.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FaceSample = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FaceSample image.
             * @member {Uint8Array|null} image
             * @memberof sinhtrac.v1.FaceSample
             * @instance
             */
            FaceSample.prototype.image = null;

            /**
             * FaceSample template.
             * @member {Uint8Array|null} template
             * @memberof sinhtrac.v1.FaceSample
             * @instance
             */
            FaceSample.prototype.template = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * FaceSample sample.
             * @member {"image"|"template"|undefined} sample
             * @memberof sinhtrac.v1.FaceSample
             * @instance
             */
            $Object.defineProperty(FaceSample.prototype, "sample", {
                get: $util.oneOfGetter($oneOfFields = ["image", "template"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new FaceSample instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {sinhtrac.v1.FaceSample.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FaceSample} FaceSample instance
             * @type {{
             *   (properties: sinhtrac.v1.FaceSample.$Shape): sinhtrac.v1.FaceSample & sinhtrac.v1.FaceSample.$Shape;
             *   (properties?: sinhtrac.v1.FaceSample.$Properties): sinhtrac.v1.FaceSample;
             * }}
             */
            FaceSample.create = function(properties) {
                return new FaceSample(properties);
            };

            /**
             * Encodes the specified FaceSample message. Does not implicitly {@link sinhtrac.v1.FaceSample.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {sinhtrac.v1.FaceSample.$Properties} message FaceSample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FaceSample.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.image);
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.template);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FaceSample message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FaceSample & sinhtrac.v1.FaceSample.$Shape} FaceSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FaceSample.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FaceSample();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.image = reader.bytes();
                            message.sample = "image";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.template = reader.bytes();
                            message.sample = "template";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FaceSample message.
             * @function verify
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FaceSample.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.image != null && $Object.hasOwnProperty.call(message, "image")) {
                    properties.sample = 1;
                    if (!(message.image && typeof message.image.length === "number" || $util.isString(message.image)))
                        return "image: buffer expected";
                }
                if (message.template != null && $Object.hasOwnProperty.call(message, "template")) {
                    if (properties.sample === 1)
                        return "sample: multiple values";
                    properties.sample = 1;
                    if (!(message.template && typeof message.template.length === "number" || $util.isString(message.template)))
                        return "template: buffer expected";
                }
                return null;
            };

            /**
             * Creates a FaceSample message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FaceSample} FaceSample
             */
            FaceSample.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FaceSample)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FaceSample: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FaceSample();
                if (object.image != null)
                    if (typeof object.image === "string")
                        $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                    else if (object.image.length >= 0)
                        message.image = object.image;
                if (object.template != null)
                    if (typeof object.template === "string")
                        $util.base64.decode(object.template, message.template = $util.newBuffer($util.base64.length(object.template)), 0);
                    else if (object.template.length >= 0)
                        message.template = object.template;
                return message;
            };

            /**
             * Creates a plain object from a FaceSample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {sinhtrac.v1.FaceSample} message FaceSample
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FaceSample.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.image != null && $Object.hasOwnProperty.call(message, "image")) {
                    object.image = options.bytes === $String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.image) : message.image;
                    if (options.oneofs)
                        object.sample = "image";
                }
                if (message.template != null && $Object.hasOwnProperty.call(message, "template")) {
                    object.template = options.bytes === $String ? $util.base64.encode(message.template, 0, message.template.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.template) : message.template;
                    if (options.oneofs)
                        object.sample = "template";
                }
                return object;
            };

            /**
             * Converts this FaceSample to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FaceSample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FaceSample.prototype.toJSON = function() {
                return FaceSample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FaceSample
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FaceSample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FaceSample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FaceSample";
            };

            return FaceSample;
        })();

        v1.Point = (function() {

            /**
             * Properties of a Point.
             * @typedef {Object} sinhtrac.v1.Point.$Properties
             * @property {number} [x] Point x
             * @property {number} [y] Point y
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Point.
             * @memberof sinhtrac.v1
             * @interface IPoint
             * @augments sinhtrac.v1.Point.$Properties
             * @deprecated Use sinhtrac.v1.Point.$Properties instead.
             */

            /**
             * Shape of a Point.
             * @typedef {sinhtrac.v1.Point.$Properties} sinhtrac.v1.Point.$Shape
             */

            /**
             * Constructs a new Point.
             * @memberof sinhtrac.v1
             * @classdesc Represents a Point.
             * @constructor
             * @param {sinhtrac.v1.Point.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Point = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Point x.
             * @member {number} x
             * @memberof sinhtrac.v1.Point
             * @instance
             */
            Point.prototype.x = 0;

            /**
             * Point y.
             * @member {number} y
             * @memberof sinhtrac.v1.Point
             * @instance
             */
            Point.prototype.y = 0;

            /**
             * Creates a new Point instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {sinhtrac.v1.Point.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.Point} Point instance
             * @type {{
             *   (properties: sinhtrac.v1.Point.$Shape): sinhtrac.v1.Point & sinhtrac.v1.Point.$Shape;
             *   (properties?: sinhtrac.v1.Point.$Properties): sinhtrac.v1.Point;
             * }}
             */
            Point.create = function(properties) {
                return new Point(properties);
            };

            /**
             * Encodes the specified Point message. Does not implicitly {@link sinhtrac.v1.Point.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {sinhtrac.v1.Point.$Properties} message Point message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Point.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.y);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Point message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.Point & sinhtrac.v1.Point.$Shape} Point
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Point.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.Point();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Point message.
             * @function verify
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Point.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (typeof message.x !== "number")
                        return "x: number expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (typeof message.y !== "number")
                        return "y: number expected";
                return null;
            };

            /**
             * Creates a Point message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.Point} Point
             */
            Point.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.Point)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.Point: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.Point();
                if (object.x != null)
                    if (!$Object.is($Number(object.x), 0))
                        message.x = $Number(object.x);
                if (object.y != null)
                    if (!$Object.is($Number(object.y), 0))
                        message.y = $Number(object.y);
                return message;
            };

            /**
             * Creates a plain object from a Point message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {sinhtrac.v1.Point} message Point
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Point.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.x = 0;
                    object.y = 0;
                }
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
                return object;
            };

            /**
             * Converts this Point to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.Point
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Point.prototype.toJSON = function() {
                return Point.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Point
             * @function getTypeUrl
             * @memberof sinhtrac.v1.Point
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Point.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.Point";
            };

            return Point;
        })();

        v1.Box = (function() {

            /**
             * Properties of a Box.
             * @typedef {Object} sinhtrac.v1.Box.$Properties
             * @property {number} [x] Box x
             * @property {number} [y] Box y
             * @property {number} [width] Box width
             * @property {number} [height] Box height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Box.
             * @memberof sinhtrac.v1
             * @interface IBox
             * @augments sinhtrac.v1.Box.$Properties
             * @deprecated Use sinhtrac.v1.Box.$Properties instead.
             */

            /**
             * Shape of a Box.
             * @typedef {sinhtrac.v1.Box.$Properties} sinhtrac.v1.Box.$Shape
             */

            /**
             * Constructs a new Box.
             * @memberof sinhtrac.v1
             * @classdesc Represents a Box.
             * @constructor
             * @param {sinhtrac.v1.Box.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Box = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Box x.
             * @member {number} x
             * @memberof sinhtrac.v1.Box
             * @instance
             */
            Box.prototype.x = 0;

            /**
             * Box y.
             * @member {number} y
             * @memberof sinhtrac.v1.Box
             * @instance
             */
            Box.prototype.y = 0;

            /**
             * Box width.
             * @member {number} width
             * @memberof sinhtrac.v1.Box
             * @instance
             */
            Box.prototype.width = 0;

            /**
             * Box height.
             * @member {number} height
             * @memberof sinhtrac.v1.Box
             * @instance
             */
            Box.prototype.height = 0;

            /**
             * Creates a new Box instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {sinhtrac.v1.Box.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.Box} Box instance
             * @type {{
             *   (properties: sinhtrac.v1.Box.$Shape): sinhtrac.v1.Box & sinhtrac.v1.Box.$Shape;
             *   (properties?: sinhtrac.v1.Box.$Properties): sinhtrac.v1.Box;
             * }}
             */
            Box.create = function(properties) {
                return new Box(properties);
            };

            /**
             * Encodes the specified Box message. Does not implicitly {@link sinhtrac.v1.Box.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {sinhtrac.v1.Box.$Properties} message Box message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Box.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && !$Object.is(message.x, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && !$Object.is(message.y, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.y);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && !$Object.is(message.width, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && !$Object.is(message.height, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.height);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Box message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.Box & sinhtrac.v1.Box.$Shape} Box
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Box.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.Box();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Box message.
             * @function verify
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Box.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (typeof message.x !== "number")
                        return "x: number expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (typeof message.y !== "number")
                        return "y: number expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (typeof message.width !== "number")
                        return "width: number expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof message.height !== "number")
                        return "height: number expected";
                return null;
            };

            /**
             * Creates a Box message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.Box} Box
             */
            Box.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.Box)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.Box: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.Box();
                if (object.x != null)
                    if (!$Object.is($Number(object.x), 0))
                        message.x = $Number(object.x);
                if (object.y != null)
                    if (!$Object.is($Number(object.y), 0))
                        message.y = $Number(object.y);
                if (object.width != null)
                    if (!$Object.is($Number(object.width), 0))
                        message.width = $Number(object.width);
                if (object.height != null)
                    if (!$Object.is($Number(object.height), 0))
                        message.height = $Number(object.height);
                return message;
            };

            /**
             * Creates a plain object from a Box message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {sinhtrac.v1.Box} message Box
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Box.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.x = 0;
                    object.y = 0;
                    object.width = 0;
                    object.height = 0;
                }
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = options.json && !$isFinite(message.width) ? $String(message.width) : message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = options.json && !$isFinite(message.height) ? $String(message.height) : message.height;
                return object;
            };

            /**
             * Converts this Box to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.Box
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Box.prototype.toJSON = function() {
                return Box.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Box
             * @function getTypeUrl
             * @memberof sinhtrac.v1.Box
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Box.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.Box";
            };

            return Box;
        })();

        v1.FaceQuality = (function() {

            /**
             * Properties of a FaceQuality.
             * @typedef {Object} sinhtrac.v1.FaceQuality.$Properties
             * @property {number} [score] FaceQuality score
             * @property {number} [face_width_px] FaceQuality face_width_px
             * @property {number} [confidence] FaceQuality confidence
             * @property {number} [yaw_deg] FaceQuality yaw_deg
             * @property {number} [sharpness] FaceQuality sharpness
             * @property {number} [brightness] FaceQuality brightness
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FaceQuality.
             * @memberof sinhtrac.v1
             * @interface IFaceQuality
             * @augments sinhtrac.v1.FaceQuality.$Properties
             * @deprecated Use sinhtrac.v1.FaceQuality.$Properties instead.
             */

            /**
             * Shape of a FaceQuality.
             * @typedef {sinhtrac.v1.FaceQuality.$Properties} sinhtrac.v1.FaceQuality.$Shape
             */

            /**
             * Constructs a new FaceQuality.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FaceQuality.
             * @constructor
             * @param {sinhtrac.v1.FaceQuality.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FaceQuality = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FaceQuality score.
             * @member {number} score
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.score = 0;

            /**
             * FaceQuality face_width_px.
             * @member {number} face_width_px
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.face_width_px = 0;

            /**
             * FaceQuality confidence.
             * @member {number} confidence
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.confidence = 0;

            /**
             * FaceQuality yaw_deg.
             * @member {number} yaw_deg
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.yaw_deg = 0;

            /**
             * FaceQuality sharpness.
             * @member {number} sharpness
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.sharpness = 0;

            /**
             * FaceQuality brightness.
             * @member {number} brightness
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             */
            FaceQuality.prototype.brightness = 0;

            /**
             * Creates a new FaceQuality instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {sinhtrac.v1.FaceQuality.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FaceQuality} FaceQuality instance
             * @type {{
             *   (properties: sinhtrac.v1.FaceQuality.$Shape): sinhtrac.v1.FaceQuality & sinhtrac.v1.FaceQuality.$Shape;
             *   (properties?: sinhtrac.v1.FaceQuality.$Properties): sinhtrac.v1.FaceQuality;
             * }}
             */
            FaceQuality.create = function(properties) {
                return new FaceQuality(properties);
            };

            /**
             * Encodes the specified FaceQuality message. Does not implicitly {@link sinhtrac.v1.FaceQuality.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {sinhtrac.v1.FaceQuality.$Properties} message FaceQuality message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FaceQuality.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.score);
                if (message.face_width_px != null && $Object.hasOwnProperty.call(message, "face_width_px") && !$Object.is(message.face_width_px, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.face_width_px);
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence") && !$Object.is(message.confidence, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.confidence);
                if (message.yaw_deg != null && $Object.hasOwnProperty.call(message, "yaw_deg") && !$Object.is(message.yaw_deg, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.yaw_deg);
                if (message.sharpness != null && $Object.hasOwnProperty.call(message, "sharpness") && !$Object.is(message.sharpness, 0))
                    writer.uint32(/* id 5, wireType 5 =*/45).float(message.sharpness);
                if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness") && !$Object.is(message.brightness, 0))
                    writer.uint32(/* id 6, wireType 5 =*/53).float(message.brightness);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FaceQuality message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FaceQuality & sinhtrac.v1.FaceQuality.$Shape} FaceQuality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FaceQuality.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FaceQuality();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.face_width_px = value;
                            else
                                delete message.face_width_px;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.confidence = value;
                            else
                                delete message.confidence;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.yaw_deg = value;
                            else
                                delete message.yaw_deg;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.sharpness = value;
                            else
                                delete message.sharpness;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.brightness = value;
                            else
                                delete message.brightness;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FaceQuality message.
             * @function verify
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FaceQuality.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.face_width_px != null && $Object.hasOwnProperty.call(message, "face_width_px"))
                    if (typeof message.face_width_px !== "number")
                        return "face_width_px: number expected";
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    if (typeof message.confidence !== "number")
                        return "confidence: number expected";
                if (message.yaw_deg != null && $Object.hasOwnProperty.call(message, "yaw_deg"))
                    if (typeof message.yaw_deg !== "number")
                        return "yaw_deg: number expected";
                if (message.sharpness != null && $Object.hasOwnProperty.call(message, "sharpness"))
                    if (typeof message.sharpness !== "number")
                        return "sharpness: number expected";
                if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness"))
                    if (typeof message.brightness !== "number")
                        return "brightness: number expected";
                return null;
            };

            /**
             * Creates a FaceQuality message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FaceQuality} FaceQuality
             */
            FaceQuality.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FaceQuality)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FaceQuality: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FaceQuality();
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.face_width_px != null)
                    if (!$Object.is($Number(object.face_width_px), 0))
                        message.face_width_px = $Number(object.face_width_px);
                if (object.confidence != null)
                    if (!$Object.is($Number(object.confidence), 0))
                        message.confidence = $Number(object.confidence);
                if (object.yaw_deg != null)
                    if (!$Object.is($Number(object.yaw_deg), 0))
                        message.yaw_deg = $Number(object.yaw_deg);
                if (object.sharpness != null)
                    if (!$Object.is($Number(object.sharpness), 0))
                        message.sharpness = $Number(object.sharpness);
                if (object.brightness != null)
                    if (!$Object.is($Number(object.brightness), 0))
                        message.brightness = $Number(object.brightness);
                return message;
            };

            /**
             * Creates a plain object from a FaceQuality message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {sinhtrac.v1.FaceQuality} message FaceQuality
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FaceQuality.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.score = 0;
                    object.face_width_px = 0;
                    object.confidence = 0;
                    object.yaw_deg = 0;
                    object.sharpness = 0;
                    object.brightness = 0;
                }
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.face_width_px != null && $Object.hasOwnProperty.call(message, "face_width_px"))
                    object.face_width_px = options.json && !$isFinite(message.face_width_px) ? $String(message.face_width_px) : message.face_width_px;
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    object.confidence = options.json && !$isFinite(message.confidence) ? $String(message.confidence) : message.confidence;
                if (message.yaw_deg != null && $Object.hasOwnProperty.call(message, "yaw_deg"))
                    object.yaw_deg = options.json && !$isFinite(message.yaw_deg) ? $String(message.yaw_deg) : message.yaw_deg;
                if (message.sharpness != null && $Object.hasOwnProperty.call(message, "sharpness"))
                    object.sharpness = options.json && !$isFinite(message.sharpness) ? $String(message.sharpness) : message.sharpness;
                if (message.brightness != null && $Object.hasOwnProperty.call(message, "brightness"))
                    object.brightness = options.json && !$isFinite(message.brightness) ? $String(message.brightness) : message.brightness;
                return object;
            };

            /**
             * Converts this FaceQuality to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FaceQuality
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FaceQuality.prototype.toJSON = function() {
                return FaceQuality.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FaceQuality
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FaceQuality
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FaceQuality.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FaceQuality";
            };

            return FaceQuality;
        })();

        v1.FaceInfo = (function() {

            /**
             * Properties of a FaceInfo.
             * @typedef {Object} sinhtrac.v1.FaceInfo.$Properties
             * @property {sinhtrac.v1.Box.$Properties} [box] FaceInfo box
             * @property {number} [confidence] FaceInfo confidence
             * @property {Array.<sinhtrac.v1.Point.$Properties>} [landmarks] FaceInfo landmarks
             * @property {sinhtrac.v1.FaceQuality.$Properties} [quality] FaceInfo quality
             * @property {number} [faces_detected] FaceInfo faces_detected
             * @property {boolean} [from_template] FaceInfo from_template
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FaceInfo.
             * @memberof sinhtrac.v1
             * @interface IFaceInfo
             * @augments sinhtrac.v1.FaceInfo.$Properties
             * @deprecated Use sinhtrac.v1.FaceInfo.$Properties instead.
             */

            /**
             * Shape of a FaceInfo.
             * @typedef {sinhtrac.v1.FaceInfo.$Properties} sinhtrac.v1.FaceInfo.$Shape
             */

            /**
             * Constructs a new FaceInfo.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FaceInfo.
             * @constructor
             * @param {sinhtrac.v1.FaceInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FaceInfo = function (properties) {
                this.landmarks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FaceInfo box.
             * @member {sinhtrac.v1.Box} box
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.box = null;

            /**
             * FaceInfo confidence.
             * @member {number} confidence
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.confidence = 0;

            /**
             * FaceInfo landmarks.
             * @member {Array.<sinhtrac.v1.Point>} landmarks
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.landmarks = $util.emptyArray;

            /**
             * FaceInfo quality.
             * @member {sinhtrac.v1.FaceQuality} quality
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.quality = null;

            /**
             * FaceInfo faces_detected.
             * @member {number} faces_detected
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.faces_detected = 0;

            /**
             * FaceInfo from_template.
             * @member {boolean} from_template
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             */
            FaceInfo.prototype.from_template = false;

            /**
             * Creates a new FaceInfo instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {sinhtrac.v1.FaceInfo.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FaceInfo} FaceInfo instance
             * @type {{
             *   (properties: sinhtrac.v1.FaceInfo.$Shape): sinhtrac.v1.FaceInfo & sinhtrac.v1.FaceInfo.$Shape;
             *   (properties?: sinhtrac.v1.FaceInfo.$Properties): sinhtrac.v1.FaceInfo;
             * }}
             */
            FaceInfo.create = function(properties) {
                return new FaceInfo(properties);
            };

            /**
             * Encodes the specified FaceInfo message. Does not implicitly {@link sinhtrac.v1.FaceInfo.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {sinhtrac.v1.FaceInfo.$Properties} message FaceInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FaceInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.box != null && $Object.hasOwnProperty.call(message, "box"))
                    $root.sinhtrac.v1.Box.encode(message.box, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence") && !$Object.is(message.confidence, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.confidence);
                if (message.landmarks != null && message.landmarks.length)
                    for (let i = 0; i < message.landmarks.length; ++i)
                        $root.sinhtrac.v1.Point.encode(message.landmarks[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    $root.sinhtrac.v1.FaceQuality.encode(message.quality, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.faces_detected != null && $Object.hasOwnProperty.call(message, "faces_detected") && message.faces_detected !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.faces_detected);
                if (message.from_template != null && $Object.hasOwnProperty.call(message, "from_template") && message.from_template !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.from_template);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FaceInfo message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FaceInfo & sinhtrac.v1.FaceInfo.$Shape} FaceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FaceInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FaceInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.box = $root.sinhtrac.v1.Box.decode(reader, reader.size(), $undefined, _depth + 1, message.box);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.confidence = value;
                            else
                                delete message.confidence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.landmarks && message.landmarks.length))
                                message.landmarks = [];
                            message.landmarks.push($root.sinhtrac.v1.Point.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.quality = $root.sinhtrac.v1.FaceQuality.decode(reader, reader.size(), $undefined, _depth + 1, message.quality);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.faces_detected = value;
                            else
                                delete message.faces_detected;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.from_template = value;
                            else
                                delete message.from_template;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FaceInfo message.
             * @function verify
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FaceInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.box != null && $Object.hasOwnProperty.call(message, "box")) {
                    let error = $root.sinhtrac.v1.Box.verify(message.box, _depth + 1);
                    if (error)
                        return "box." + error;
                }
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    if (typeof message.confidence !== "number")
                        return "confidence: number expected";
                if (message.landmarks != null && $Object.hasOwnProperty.call(message, "landmarks")) {
                    if (!$Array.isArray(message.landmarks))
                        return "landmarks: array expected";
                    for (let i = 0; i < message.landmarks.length; ++i) {
                        let error = $root.sinhtrac.v1.Point.verify(message.landmarks[i], _depth + 1);
                        if (error)
                            return "landmarks." + error;
                    }
                }
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality")) {
                    let error = $root.sinhtrac.v1.FaceQuality.verify(message.quality, _depth + 1);
                    if (error)
                        return "quality." + error;
                }
                if (message.faces_detected != null && $Object.hasOwnProperty.call(message, "faces_detected"))
                    if (!$util.isInteger(message.faces_detected))
                        return "faces_detected: integer expected";
                if (message.from_template != null && $Object.hasOwnProperty.call(message, "from_template"))
                    if (typeof message.from_template !== "boolean")
                        return "from_template: boolean expected";
                return null;
            };

            /**
             * Creates a FaceInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FaceInfo} FaceInfo
             */
            FaceInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FaceInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FaceInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FaceInfo();
                if (object.box != null) {
                    if (!$util.isObject(object.box))
                        throw $TypeError(".sinhtrac.v1.FaceInfo.box: object expected");
                    message.box = $root.sinhtrac.v1.Box.fromObject(object.box, _depth + 1);
                }
                if (object.confidence != null)
                    if (!$Object.is($Number(object.confidence), 0))
                        message.confidence = $Number(object.confidence);
                if (object.landmarks) {
                    if (!$Array.isArray(object.landmarks))
                        throw $TypeError(".sinhtrac.v1.FaceInfo.landmarks: array expected");
                    message.landmarks = $Array(object.landmarks.length);
                    for (let i = 0; i < object.landmarks.length; ++i) {
                        if (!$util.isObject(object.landmarks[i]))
                            throw $TypeError(".sinhtrac.v1.FaceInfo.landmarks: object expected");
                        message.landmarks[i] = $root.sinhtrac.v1.Point.fromObject(object.landmarks[i], _depth + 1);
                    }
                }
                if (object.quality != null) {
                    if (!$util.isObject(object.quality))
                        throw $TypeError(".sinhtrac.v1.FaceInfo.quality: object expected");
                    message.quality = $root.sinhtrac.v1.FaceQuality.fromObject(object.quality, _depth + 1);
                }
                if (object.faces_detected != null)
                    if ($Number(object.faces_detected) !== 0)
                        message.faces_detected = object.faces_detected >>> 0;
                if (object.from_template != null)
                    if (object.from_template)
                        message.from_template = $Boolean(object.from_template);
                return message;
            };

            /**
             * Creates a plain object from a FaceInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {sinhtrac.v1.FaceInfo} message FaceInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FaceInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.landmarks = [];
                if (options.defaults) {
                    object.box = null;
                    object.confidence = 0;
                    object.quality = null;
                    object.faces_detected = 0;
                    object.from_template = false;
                }
                if (message.box != null && $Object.hasOwnProperty.call(message, "box"))
                    object.box = $root.sinhtrac.v1.Box.toObject(message.box, options, _depth + 1);
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    object.confidence = options.json && !$isFinite(message.confidence) ? $String(message.confidence) : message.confidence;
                if (message.landmarks && message.landmarks.length) {
                    object.landmarks = $Array(message.landmarks.length);
                    for (let j = 0; j < message.landmarks.length; ++j)
                        object.landmarks[j] = $root.sinhtrac.v1.Point.toObject(message.landmarks[j], options, _depth + 1);
                }
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    object.quality = $root.sinhtrac.v1.FaceQuality.toObject(message.quality, options, _depth + 1);
                if (message.faces_detected != null && $Object.hasOwnProperty.call(message, "faces_detected"))
                    object.faces_detected = message.faces_detected;
                if (message.from_template != null && $Object.hasOwnProperty.call(message, "from_template"))
                    object.from_template = message.from_template;
                return object;
            };

            /**
             * Converts this FaceInfo to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FaceInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FaceInfo.prototype.toJSON = function() {
                return FaceInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FaceInfo
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FaceInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FaceInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FaceInfo";
            };

            return FaceInfo;
        })();

        v1.CompareFacesRequest = (function() {

            /**
             * Properties of a CompareFacesRequest.
             * @typedef {Object} sinhtrac.v1.CompareFacesRequest.$Properties
             * @property {sinhtrac.v1.FaceSample.$Properties} [a] CompareFacesRequest a
             * @property {sinhtrac.v1.FaceSample.$Properties} [b] CompareFacesRequest b
             * @property {number} [target_fmr] CompareFacesRequest target_fmr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompareFacesRequest.
             * @memberof sinhtrac.v1
             * @interface ICompareFacesRequest
             * @augments sinhtrac.v1.CompareFacesRequest.$Properties
             * @deprecated Use sinhtrac.v1.CompareFacesRequest.$Properties instead.
             */

            /**
             * Shape of a CompareFacesRequest.
             * @typedef {{
             *   a?: sinhtrac.v1.FaceSample.$Shape;
             *   b?: sinhtrac.v1.FaceSample.$Shape;
             *   target_fmr?: number;
             *   $unknowns?: Array.<Uint8Array>;
             * }} sinhtrac.v1.CompareFacesRequest.$Shape
             */

            /**
             * Constructs a new CompareFacesRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents a CompareFacesRequest.
             * @constructor
             * @param {sinhtrac.v1.CompareFacesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompareFacesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompareFacesRequest a.
             * @member {sinhtrac.v1.FaceSample} a
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @instance
             */
            CompareFacesRequest.prototype.a = null;

            /**
             * CompareFacesRequest b.
             * @member {sinhtrac.v1.FaceSample} b
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @instance
             */
            CompareFacesRequest.prototype.b = null;

            /**
             * CompareFacesRequest target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @instance
             */
            CompareFacesRequest.prototype.target_fmr = 0;

            /**
             * Creates a new CompareFacesRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {sinhtrac.v1.CompareFacesRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.CompareFacesRequest} CompareFacesRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.CompareFacesRequest.$Shape): sinhtrac.v1.CompareFacesRequest & sinhtrac.v1.CompareFacesRequest.$Shape;
             *   (properties?: sinhtrac.v1.CompareFacesRequest.$Properties): sinhtrac.v1.CompareFacesRequest;
             * }}
             */
            CompareFacesRequest.create = function(properties) {
                return new CompareFacesRequest(properties);
            };

            /**
             * Encodes the specified CompareFacesRequest message. Does not implicitly {@link sinhtrac.v1.CompareFacesRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {sinhtrac.v1.CompareFacesRequest.$Properties} message CompareFacesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompareFacesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.a != null && $Object.hasOwnProperty.call(message, "a"))
                    $root.sinhtrac.v1.FaceSample.encode(message.a, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.b != null && $Object.hasOwnProperty.call(message, "b"))
                    $root.sinhtrac.v1.FaceSample.encode(message.b, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.target_fmr);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompareFacesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFacesRequest & sinhtrac.v1.CompareFacesRequest.$Shape} CompareFacesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompareFacesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.CompareFacesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.a = $root.sinhtrac.v1.FaceSample.decode(reader, reader.size(), $undefined, _depth + 1, message.a);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.b = $root.sinhtrac.v1.FaceSample.decode(reader, reader.size(), $undefined, _depth + 1, message.b);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CompareFacesRequest message.
             * @function verify
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompareFacesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.a != null && $Object.hasOwnProperty.call(message, "a")) {
                    let error = $root.sinhtrac.v1.FaceSample.verify(message.a, _depth + 1);
                    if (error)
                        return "a." + error;
                }
                if (message.b != null && $Object.hasOwnProperty.call(message, "b")) {
                    let error = $root.sinhtrac.v1.FaceSample.verify(message.b, _depth + 1);
                    if (error)
                        return "b." + error;
                }
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                return null;
            };

            /**
             * Creates a CompareFacesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.CompareFacesRequest} CompareFacesRequest
             */
            CompareFacesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.CompareFacesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.CompareFacesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.CompareFacesRequest();
                if (object.a != null) {
                    if (!$util.isObject(object.a))
                        throw $TypeError(".sinhtrac.v1.CompareFacesRequest.a: object expected");
                    message.a = $root.sinhtrac.v1.FaceSample.fromObject(object.a, _depth + 1);
                }
                if (object.b != null) {
                    if (!$util.isObject(object.b))
                        throw $TypeError(".sinhtrac.v1.CompareFacesRequest.b: object expected");
                    message.b = $root.sinhtrac.v1.FaceSample.fromObject(object.b, _depth + 1);
                }
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                return message;
            };

            /**
             * Creates a plain object from a CompareFacesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {sinhtrac.v1.CompareFacesRequest} message CompareFacesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompareFacesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.a = null;
                    object.b = null;
                    object.target_fmr = 0;
                }
                if (message.a != null && $Object.hasOwnProperty.call(message, "a"))
                    object.a = $root.sinhtrac.v1.FaceSample.toObject(message.a, options, _depth + 1);
                if (message.b != null && $Object.hasOwnProperty.call(message, "b"))
                    object.b = $root.sinhtrac.v1.FaceSample.toObject(message.b, options, _depth + 1);
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                return object;
            };

            /**
             * Converts this CompareFacesRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompareFacesRequest.prototype.toJSON = function() {
                return CompareFacesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CompareFacesRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.CompareFacesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CompareFacesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.CompareFacesRequest";
            };

            return CompareFacesRequest;
        })();

        v1.CompareFacesResponse = (function() {

            /**
             * Properties of a CompareFacesResponse.
             * @typedef {Object} sinhtrac.v1.CompareFacesResponse.$Properties
             * @property {number} [score] CompareFacesResponse score
             * @property {boolean} [match] CompareFacesResponse match
             * @property {number} [threshold] CompareFacesResponse threshold
             * @property {number} [target_fmr] CompareFacesResponse target_fmr
             * @property {Array.<sinhtrac.v1.FaceInfo.$Properties>} [faces] CompareFacesResponse faces
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompareFacesResponse.
             * @memberof sinhtrac.v1
             * @interface ICompareFacesResponse
             * @augments sinhtrac.v1.CompareFacesResponse.$Properties
             * @deprecated Use sinhtrac.v1.CompareFacesResponse.$Properties instead.
             */

            /**
             * Shape of a CompareFacesResponse.
             * @typedef {sinhtrac.v1.CompareFacesResponse.$Properties} sinhtrac.v1.CompareFacesResponse.$Shape
             */

            /**
             * Constructs a new CompareFacesResponse.
             * @memberof sinhtrac.v1
             * @classdesc Represents a CompareFacesResponse.
             * @constructor
             * @param {sinhtrac.v1.CompareFacesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompareFacesResponse = function (properties) {
                this.faces = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompareFacesResponse score.
             * @member {number} score
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             */
            CompareFacesResponse.prototype.score = 0;

            /**
             * CompareFacesResponse match.
             * @member {boolean} match
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             */
            CompareFacesResponse.prototype.match = false;

            /**
             * CompareFacesResponse threshold.
             * @member {number} threshold
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             */
            CompareFacesResponse.prototype.threshold = 0;

            /**
             * CompareFacesResponse target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             */
            CompareFacesResponse.prototype.target_fmr = 0;

            /**
             * CompareFacesResponse faces.
             * @member {Array.<sinhtrac.v1.FaceInfo>} faces
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             */
            CompareFacesResponse.prototype.faces = $util.emptyArray;

            /**
             * Creates a new CompareFacesResponse instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {sinhtrac.v1.CompareFacesResponse.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.CompareFacesResponse} CompareFacesResponse instance
             * @type {{
             *   (properties: sinhtrac.v1.CompareFacesResponse.$Shape): sinhtrac.v1.CompareFacesResponse & sinhtrac.v1.CompareFacesResponse.$Shape;
             *   (properties?: sinhtrac.v1.CompareFacesResponse.$Properties): sinhtrac.v1.CompareFacesResponse;
             * }}
             */
            CompareFacesResponse.create = function(properties) {
                return new CompareFacesResponse(properties);
            };

            /**
             * Encodes the specified CompareFacesResponse message. Does not implicitly {@link sinhtrac.v1.CompareFacesResponse.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {sinhtrac.v1.CompareFacesResponse.$Properties} message CompareFacesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompareFacesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.score);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match") && message.match !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.match);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && !$Object.is(message.threshold, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.threshold);
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.target_fmr);
                if (message.faces != null && message.faces.length)
                    for (let i = 0; i < message.faces.length; ++i)
                        $root.sinhtrac.v1.FaceInfo.encode(message.faces[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompareFacesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFacesResponse & sinhtrac.v1.CompareFacesResponse.$Shape} CompareFacesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompareFacesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.CompareFacesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.match = value;
                            else
                                delete message.match;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.faces && message.faces.length))
                                message.faces = [];
                            message.faces.push($root.sinhtrac.v1.FaceInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CompareFacesResponse message.
             * @function verify
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompareFacesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    if (typeof message.match !== "boolean")
                        return "match: boolean expected";
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    if (typeof message.threshold !== "number")
                        return "threshold: number expected";
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                if (message.faces != null && $Object.hasOwnProperty.call(message, "faces")) {
                    if (!$Array.isArray(message.faces))
                        return "faces: array expected";
                    for (let i = 0; i < message.faces.length; ++i) {
                        let error = $root.sinhtrac.v1.FaceInfo.verify(message.faces[i], _depth + 1);
                        if (error)
                            return "faces." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a CompareFacesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.CompareFacesResponse} CompareFacesResponse
             */
            CompareFacesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.CompareFacesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.CompareFacesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.CompareFacesResponse();
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.match != null)
                    if (object.match)
                        message.match = $Boolean(object.match);
                if (object.threshold != null)
                    if (!$Object.is($Number(object.threshold), 0))
                        message.threshold = $Number(object.threshold);
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                if (object.faces) {
                    if (!$Array.isArray(object.faces))
                        throw $TypeError(".sinhtrac.v1.CompareFacesResponse.faces: array expected");
                    message.faces = $Array(object.faces.length);
                    for (let i = 0; i < object.faces.length; ++i) {
                        if (!$util.isObject(object.faces[i]))
                            throw $TypeError(".sinhtrac.v1.CompareFacesResponse.faces: object expected");
                        message.faces[i] = $root.sinhtrac.v1.FaceInfo.fromObject(object.faces[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a CompareFacesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {sinhtrac.v1.CompareFacesResponse} message CompareFacesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompareFacesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.faces = [];
                if (options.defaults) {
                    object.score = 0;
                    object.match = false;
                    object.threshold = 0;
                    object.target_fmr = 0;
                }
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    object.match = message.match;
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    object.threshold = options.json && !$isFinite(message.threshold) ? $String(message.threshold) : message.threshold;
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                if (message.faces && message.faces.length) {
                    object.faces = $Array(message.faces.length);
                    for (let j = 0; j < message.faces.length; ++j)
                        object.faces[j] = $root.sinhtrac.v1.FaceInfo.toObject(message.faces[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this CompareFacesResponse to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompareFacesResponse.prototype.toJSON = function() {
                return CompareFacesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CompareFacesResponse
             * @function getTypeUrl
             * @memberof sinhtrac.v1.CompareFacesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CompareFacesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.CompareFacesResponse";
            };

            return CompareFacesResponse;
        })();

        v1.ExtractFaceTemplateRequest = (function() {

            /**
             * Properties of an ExtractFaceTemplateRequest.
             * @typedef {Object} sinhtrac.v1.ExtractFaceTemplateRequest.$Properties
             * @property {Uint8Array} [image] ExtractFaceTemplateRequest image
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtractFaceTemplateRequest.
             * @memberof sinhtrac.v1
             * @interface IExtractFaceTemplateRequest
             * @augments sinhtrac.v1.ExtractFaceTemplateRequest.$Properties
             * @deprecated Use sinhtrac.v1.ExtractFaceTemplateRequest.$Properties instead.
             */

            /**
             * Shape of an ExtractFaceTemplateRequest.
             * @typedef {sinhtrac.v1.ExtractFaceTemplateRequest.$Properties} sinhtrac.v1.ExtractFaceTemplateRequest.$Shape
             */

            /**
             * Constructs a new ExtractFaceTemplateRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents an ExtractFaceTemplateRequest.
             * @constructor
             * @param {sinhtrac.v1.ExtractFaceTemplateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtractFaceTemplateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtractFaceTemplateRequest image.
             * @member {Uint8Array} image
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @instance
             */
            ExtractFaceTemplateRequest.prototype.image = $util.newBuffer([]);

            /**
             * Creates a new ExtractFaceTemplateRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.ExtractFaceTemplateRequest} ExtractFaceTemplateRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.ExtractFaceTemplateRequest.$Shape): sinhtrac.v1.ExtractFaceTemplateRequest & sinhtrac.v1.ExtractFaceTemplateRequest.$Shape;
             *   (properties?: sinhtrac.v1.ExtractFaceTemplateRequest.$Properties): sinhtrac.v1.ExtractFaceTemplateRequest;
             * }}
             */
            ExtractFaceTemplateRequest.create = function(properties) {
                return new ExtractFaceTemplateRequest(properties);
            };

            /**
             * Encodes the specified ExtractFaceTemplateRequest message. Does not implicitly {@link sinhtrac.v1.ExtractFaceTemplateRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateRequest.$Properties} message ExtractFaceTemplateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtractFaceTemplateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.image);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtractFaceTemplateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFaceTemplateRequest & sinhtrac.v1.ExtractFaceTemplateRequest.$Shape} ExtractFaceTemplateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtractFaceTemplateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.ExtractFaceTemplateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExtractFaceTemplateRequest message.
             * @function verify
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtractFaceTemplateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    if (!(message.image && typeof message.image.length === "number" || $util.isString(message.image)))
                        return "image: buffer expected";
                return null;
            };

            /**
             * Creates an ExtractFaceTemplateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.ExtractFaceTemplateRequest} ExtractFaceTemplateRequest
             */
            ExtractFaceTemplateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.ExtractFaceTemplateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.ExtractFaceTemplateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.ExtractFaceTemplateRequest();
                if (object.image != null)
                    if (object.image.length)
                        if (typeof object.image === "string")
                            $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                        else if (object.image.length >= 0)
                            message.image = object.image;
                return message;
            };

            /**
             * Creates a plain object from an ExtractFaceTemplateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateRequest} message ExtractFaceTemplateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtractFaceTemplateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.image = "";
                    else {
                        object.image = [];
                        if (options.bytes !== $Array)
                            object.image = $util.newBuffer(object.image);
                    }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = options.bytes === $String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.image) : message.image;
                return object;
            };

            /**
             * Converts this ExtractFaceTemplateRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtractFaceTemplateRequest.prototype.toJSON = function() {
                return ExtractFaceTemplateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtractFaceTemplateRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.ExtractFaceTemplateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtractFaceTemplateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.ExtractFaceTemplateRequest";
            };

            return ExtractFaceTemplateRequest;
        })();

        v1.ExtractFaceTemplateResponse = (function() {

            /**
             * Properties of an ExtractFaceTemplateResponse.
             * @typedef {Object} sinhtrac.v1.ExtractFaceTemplateResponse.$Properties
             * @property {Uint8Array} [template] ExtractFaceTemplateResponse template
             * @property {string} [template_version] ExtractFaceTemplateResponse template_version
             * @property {sinhtrac.v1.FaceInfo.$Properties} [face] ExtractFaceTemplateResponse face
             * @property {Array.<sinhtrac.v1.Box.$Properties>} [other_faces] ExtractFaceTemplateResponse other_faces
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtractFaceTemplateResponse.
             * @memberof sinhtrac.v1
             * @interface IExtractFaceTemplateResponse
             * @augments sinhtrac.v1.ExtractFaceTemplateResponse.$Properties
             * @deprecated Use sinhtrac.v1.ExtractFaceTemplateResponse.$Properties instead.
             */

            /**
             * Shape of an ExtractFaceTemplateResponse.
             * @typedef {sinhtrac.v1.ExtractFaceTemplateResponse.$Properties} sinhtrac.v1.ExtractFaceTemplateResponse.$Shape
             */

            /**
             * Constructs a new ExtractFaceTemplateResponse.
             * @memberof sinhtrac.v1
             * @classdesc Represents an ExtractFaceTemplateResponse.
             * @constructor
             * @param {sinhtrac.v1.ExtractFaceTemplateResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtractFaceTemplateResponse = function (properties) {
                this.other_faces = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtractFaceTemplateResponse template.
             * @member {Uint8Array} template
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @instance
             */
            ExtractFaceTemplateResponse.prototype.template = $util.newBuffer([]);

            /**
             * ExtractFaceTemplateResponse template_version.
             * @member {string} template_version
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @instance
             */
            ExtractFaceTemplateResponse.prototype.template_version = "";

            /**
             * ExtractFaceTemplateResponse face.
             * @member {sinhtrac.v1.FaceInfo} face
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @instance
             */
            ExtractFaceTemplateResponse.prototype.face = null;

            /**
             * ExtractFaceTemplateResponse other_faces.
             * @member {Array.<sinhtrac.v1.Box>} other_faces
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @instance
             */
            ExtractFaceTemplateResponse.prototype.other_faces = $util.emptyArray;

            /**
             * Creates a new ExtractFaceTemplateResponse instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateResponse.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.ExtractFaceTemplateResponse} ExtractFaceTemplateResponse instance
             * @type {{
             *   (properties: sinhtrac.v1.ExtractFaceTemplateResponse.$Shape): sinhtrac.v1.ExtractFaceTemplateResponse & sinhtrac.v1.ExtractFaceTemplateResponse.$Shape;
             *   (properties?: sinhtrac.v1.ExtractFaceTemplateResponse.$Properties): sinhtrac.v1.ExtractFaceTemplateResponse;
             * }}
             */
            ExtractFaceTemplateResponse.create = function(properties) {
                return new ExtractFaceTemplateResponse(properties);
            };

            /**
             * Encodes the specified ExtractFaceTemplateResponse message. Does not implicitly {@link sinhtrac.v1.ExtractFaceTemplateResponse.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateResponse.$Properties} message ExtractFaceTemplateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtractFaceTemplateResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.template != null && $Object.hasOwnProperty.call(message, "template") && message.template.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.template);
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version") && message.template_version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.template_version);
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    $root.sinhtrac.v1.FaceInfo.encode(message.face, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.other_faces != null && message.other_faces.length)
                    for (let i = 0; i < message.other_faces.length; ++i)
                        $root.sinhtrac.v1.Box.encode(message.other_faces[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtractFaceTemplateResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFaceTemplateResponse & sinhtrac.v1.ExtractFaceTemplateResponse.$Shape} ExtractFaceTemplateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtractFaceTemplateResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.ExtractFaceTemplateResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.template = value;
                            else
                                delete message.template;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.template_version = value;
                            else
                                delete message.template_version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.face = $root.sinhtrac.v1.FaceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.face);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.other_faces && message.other_faces.length))
                                message.other_faces = [];
                            message.other_faces.push($root.sinhtrac.v1.Box.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExtractFaceTemplateResponse message.
             * @function verify
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtractFaceTemplateResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    if (!(message.template && typeof message.template.length === "number" || $util.isString(message.template)))
                        return "template: buffer expected";
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version"))
                    if (!$util.isString(message.template_version))
                        return "template_version: string expected";
                if (message.face != null && $Object.hasOwnProperty.call(message, "face")) {
                    let error = $root.sinhtrac.v1.FaceInfo.verify(message.face, _depth + 1);
                    if (error)
                        return "face." + error;
                }
                if (message.other_faces != null && $Object.hasOwnProperty.call(message, "other_faces")) {
                    if (!$Array.isArray(message.other_faces))
                        return "other_faces: array expected";
                    for (let i = 0; i < message.other_faces.length; ++i) {
                        let error = $root.sinhtrac.v1.Box.verify(message.other_faces[i], _depth + 1);
                        if (error)
                            return "other_faces." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an ExtractFaceTemplateResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.ExtractFaceTemplateResponse} ExtractFaceTemplateResponse
             */
            ExtractFaceTemplateResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.ExtractFaceTemplateResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.ExtractFaceTemplateResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.ExtractFaceTemplateResponse();
                if (object.template != null)
                    if (object.template.length)
                        if (typeof object.template === "string")
                            $util.base64.decode(object.template, message.template = $util.newBuffer($util.base64.length(object.template)), 0);
                        else if (object.template.length >= 0)
                            message.template = object.template;
                if (object.template_version != null)
                    if (typeof object.template_version !== "string" || object.template_version.length)
                        message.template_version = $String(object.template_version);
                if (object.face != null) {
                    if (!$util.isObject(object.face))
                        throw $TypeError(".sinhtrac.v1.ExtractFaceTemplateResponse.face: object expected");
                    message.face = $root.sinhtrac.v1.FaceInfo.fromObject(object.face, _depth + 1);
                }
                if (object.other_faces) {
                    if (!$Array.isArray(object.other_faces))
                        throw $TypeError(".sinhtrac.v1.ExtractFaceTemplateResponse.other_faces: array expected");
                    message.other_faces = $Array(object.other_faces.length);
                    for (let i = 0; i < object.other_faces.length; ++i) {
                        if (!$util.isObject(object.other_faces[i]))
                            throw $TypeError(".sinhtrac.v1.ExtractFaceTemplateResponse.other_faces: object expected");
                        message.other_faces[i] = $root.sinhtrac.v1.Box.fromObject(object.other_faces[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an ExtractFaceTemplateResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFaceTemplateResponse} message ExtractFaceTemplateResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtractFaceTemplateResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.other_faces = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.template = "";
                    else {
                        object.template = [];
                        if (options.bytes !== $Array)
                            object.template = $util.newBuffer(object.template);
                    }
                    object.template_version = "";
                    object.face = null;
                }
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    object.template = options.bytes === $String ? $util.base64.encode(message.template, 0, message.template.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.template) : message.template;
                if (message.template_version != null && $Object.hasOwnProperty.call(message, "template_version"))
                    object.template_version = message.template_version;
                if (message.face != null && $Object.hasOwnProperty.call(message, "face"))
                    object.face = $root.sinhtrac.v1.FaceInfo.toObject(message.face, options, _depth + 1);
                if (message.other_faces && message.other_faces.length) {
                    object.other_faces = $Array(message.other_faces.length);
                    for (let j = 0; j < message.other_faces.length; ++j)
                        object.other_faces[j] = $root.sinhtrac.v1.Box.toObject(message.other_faces[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ExtractFaceTemplateResponse to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtractFaceTemplateResponse.prototype.toJSON = function() {
                return ExtractFaceTemplateResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtractFaceTemplateResponse
             * @function getTypeUrl
             * @memberof sinhtrac.v1.ExtractFaceTemplateResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtractFaceTemplateResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.ExtractFaceTemplateResponse";
            };

            return ExtractFaceTemplateResponse;
        })();

        v1.FingerSample = (function() {

            /**
             * Properties of a FingerSample.
             * @typedef {Object} sinhtrac.v1.FingerSample.$Properties
             * @property {number} [position] FingerSample position
             * @property {Uint8Array} [image] FingerSample image
             * @property {Uint8Array} [raw] FingerSample raw
             * @property {number} [width] FingerSample width
             * @property {number} [height] FingerSample height
             * @property {number} [dpi] FingerSample dpi
             * @property {Uint8Array} [template] FingerSample template
             * @property {string} [format] FingerSample format
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FingerSample.
             * @memberof sinhtrac.v1
             * @interface IFingerSample
             * @augments sinhtrac.v1.FingerSample.$Properties
             * @deprecated Use sinhtrac.v1.FingerSample.$Properties instead.
             */

            /**
             * Shape of a FingerSample.
             * @typedef {sinhtrac.v1.FingerSample.$Properties} sinhtrac.v1.FingerSample.$Shape
             */

            /**
             * Constructs a new FingerSample.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FingerSample.
             * @constructor
             * @param {sinhtrac.v1.FingerSample.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FingerSample = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FingerSample position.
             * @member {number} position
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.position = 0;

            /**
             * FingerSample image.
             * @member {Uint8Array} image
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.image = $util.newBuffer([]);

            /**
             * FingerSample raw.
             * @member {Uint8Array} raw
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.raw = $util.newBuffer([]);

            /**
             * FingerSample width.
             * @member {number} width
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.width = 0;

            /**
             * FingerSample height.
             * @member {number} height
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.height = 0;

            /**
             * FingerSample dpi.
             * @member {number} dpi
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.dpi = 0;

            /**
             * FingerSample template.
             * @member {Uint8Array} template
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.template = $util.newBuffer([]);

            /**
             * FingerSample format.
             * @member {string} format
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             */
            FingerSample.prototype.format = "";

            /**
             * Creates a new FingerSample instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {sinhtrac.v1.FingerSample.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FingerSample} FingerSample instance
             * @type {{
             *   (properties: sinhtrac.v1.FingerSample.$Shape): sinhtrac.v1.FingerSample & sinhtrac.v1.FingerSample.$Shape;
             *   (properties?: sinhtrac.v1.FingerSample.$Properties): sinhtrac.v1.FingerSample;
             * }}
             */
            FingerSample.create = function(properties) {
                return new FingerSample(properties);
            };

            /**
             * Encodes the specified FingerSample message. Does not implicitly {@link sinhtrac.v1.FingerSample.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {sinhtrac.v1.FingerSample.$Properties} message FingerSample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FingerSample.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.position);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.image);
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw") && message.raw.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.raw);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.height);
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi") && message.dpi !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.dpi);
                if (message.template != null && $Object.hasOwnProperty.call(message, "template") && message.template.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.template);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.format);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FingerSample message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FingerSample & sinhtrac.v1.FingerSample.$Shape} FingerSample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FingerSample.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FingerSample();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.raw = value;
                            else
                                delete message.raw;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dpi = value;
                            else
                                delete message.dpi;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.template = value;
                            else
                                delete message.template;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FingerSample message.
             * @function verify
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FingerSample.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position))
                        return "position: integer expected";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    if (!(message.image && typeof message.image.length === "number" || $util.isString(message.image)))
                        return "image: buffer expected";
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                    if (!(message.raw && typeof message.raw.length === "number" || $util.isString(message.raw)))
                        return "raw: buffer expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi"))
                    if (!$util.isInteger(message.dpi))
                        return "dpi: integer expected";
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    if (!(message.template && typeof message.template.length === "number" || $util.isString(message.template)))
                        return "template: buffer expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                return null;
            };

            /**
             * Creates a FingerSample message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FingerSample} FingerSample
             */
            FingerSample.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FingerSample)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FingerSample: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FingerSample();
                if (object.position != null)
                    if ($Number(object.position) !== 0)
                        message.position = object.position >>> 0;
                if (object.image != null)
                    if (object.image.length)
                        if (typeof object.image === "string")
                            $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                        else if (object.image.length >= 0)
                            message.image = object.image;
                if (object.raw != null)
                    if (object.raw.length)
                        if (typeof object.raw === "string")
                            $util.base64.decode(object.raw, message.raw = $util.newBuffer($util.base64.length(object.raw)), 0);
                        else if (object.raw.length >= 0)
                            message.raw = object.raw;
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.dpi != null)
                    if ($Number(object.dpi) !== 0)
                        message.dpi = object.dpi >>> 0;
                if (object.template != null)
                    if (object.template.length)
                        if (typeof object.template === "string")
                            $util.base64.decode(object.template, message.template = $util.newBuffer($util.base64.length(object.template)), 0);
                        else if (object.template.length >= 0)
                            message.template = object.template;
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                return message;
            };

            /**
             * Creates a plain object from a FingerSample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {sinhtrac.v1.FingerSample} message FingerSample
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FingerSample.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.position = 0;
                    if (options.bytes === $String)
                        object.image = "";
                    else {
                        object.image = [];
                        if (options.bytes !== $Array)
                            object.image = $util.newBuffer(object.image);
                    }
                    if (options.bytes === $String)
                        object.raw = "";
                    else {
                        object.raw = [];
                        if (options.bytes !== $Array)
                            object.raw = $util.newBuffer(object.raw);
                    }
                    object.width = 0;
                    object.height = 0;
                    object.dpi = 0;
                    if (options.bytes === $String)
                        object.template = "";
                    else {
                        object.template = [];
                        if (options.bytes !== $Array)
                            object.template = $util.newBuffer(object.template);
                    }
                    object.format = "";
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = message.position;
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = options.bytes === $String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.image) : message.image;
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                    object.raw = options.bytes === $String ? $util.base64.encode(message.raw, 0, message.raw.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.raw) : message.raw;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi"))
                    object.dpi = message.dpi;
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    object.template = options.bytes === $String ? $util.base64.encode(message.template, 0, message.template.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.template) : message.template;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                return object;
            };

            /**
             * Converts this FingerSample to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FingerSample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FingerSample.prototype.toJSON = function() {
                return FingerSample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FingerSample
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FingerSample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FingerSample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FingerSample";
            };

            return FingerSample;
        })();

        v1.ExtractFingerTemplateRequest = (function() {

            /**
             * Properties of an ExtractFingerTemplateRequest.
             * @typedef {Object} sinhtrac.v1.ExtractFingerTemplateRequest.$Properties
             * @property {Uint8Array} [image] ExtractFingerTemplateRequest image
             * @property {Uint8Array} [raw] ExtractFingerTemplateRequest raw
             * @property {number} [width] ExtractFingerTemplateRequest width
             * @property {number} [height] ExtractFingerTemplateRequest height
             * @property {number} [dpi] ExtractFingerTemplateRequest dpi
             * @property {number} [position] ExtractFingerTemplateRequest position
             * @property {string} [format] ExtractFingerTemplateRequest format
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtractFingerTemplateRequest.
             * @memberof sinhtrac.v1
             * @interface IExtractFingerTemplateRequest
             * @augments sinhtrac.v1.ExtractFingerTemplateRequest.$Properties
             * @deprecated Use sinhtrac.v1.ExtractFingerTemplateRequest.$Properties instead.
             */

            /**
             * Shape of an ExtractFingerTemplateRequest.
             * @typedef {sinhtrac.v1.ExtractFingerTemplateRequest.$Properties} sinhtrac.v1.ExtractFingerTemplateRequest.$Shape
             */

            /**
             * Constructs a new ExtractFingerTemplateRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents an ExtractFingerTemplateRequest.
             * @constructor
             * @param {sinhtrac.v1.ExtractFingerTemplateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtractFingerTemplateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtractFingerTemplateRequest image.
             * @member {Uint8Array} image
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.image = $util.newBuffer([]);

            /**
             * ExtractFingerTemplateRequest raw.
             * @member {Uint8Array} raw
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.raw = $util.newBuffer([]);

            /**
             * ExtractFingerTemplateRequest width.
             * @member {number} width
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.width = 0;

            /**
             * ExtractFingerTemplateRequest height.
             * @member {number} height
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.height = 0;

            /**
             * ExtractFingerTemplateRequest dpi.
             * @member {number} dpi
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.dpi = 0;

            /**
             * ExtractFingerTemplateRequest position.
             * @member {number} position
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.position = 0;

            /**
             * ExtractFingerTemplateRequest format.
             * @member {string} format
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             */
            ExtractFingerTemplateRequest.prototype.format = "";

            /**
             * Creates a new ExtractFingerTemplateRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.ExtractFingerTemplateRequest} ExtractFingerTemplateRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.ExtractFingerTemplateRequest.$Shape): sinhtrac.v1.ExtractFingerTemplateRequest & sinhtrac.v1.ExtractFingerTemplateRequest.$Shape;
             *   (properties?: sinhtrac.v1.ExtractFingerTemplateRequest.$Properties): sinhtrac.v1.ExtractFingerTemplateRequest;
             * }}
             */
            ExtractFingerTemplateRequest.create = function(properties) {
                return new ExtractFingerTemplateRequest(properties);
            };

            /**
             * Encodes the specified ExtractFingerTemplateRequest message. Does not implicitly {@link sinhtrac.v1.ExtractFingerTemplateRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateRequest.$Properties} message ExtractFingerTemplateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtractFingerTemplateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.image);
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw") && message.raw.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.raw);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.height);
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi") && message.dpi !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.dpi);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.position);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.format);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtractFingerTemplateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFingerTemplateRequest & sinhtrac.v1.ExtractFingerTemplateRequest.$Shape} ExtractFingerTemplateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtractFingerTemplateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.ExtractFingerTemplateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.raw = value;
                            else
                                delete message.raw;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dpi = value;
                            else
                                delete message.dpi;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExtractFingerTemplateRequest message.
             * @function verify
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtractFingerTemplateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    if (!(message.image && typeof message.image.length === "number" || $util.isString(message.image)))
                        return "image: buffer expected";
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                    if (!(message.raw && typeof message.raw.length === "number" || $util.isString(message.raw)))
                        return "raw: buffer expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi"))
                    if (!$util.isInteger(message.dpi))
                        return "dpi: integer expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position))
                        return "position: integer expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                return null;
            };

            /**
             * Creates an ExtractFingerTemplateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.ExtractFingerTemplateRequest} ExtractFingerTemplateRequest
             */
            ExtractFingerTemplateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.ExtractFingerTemplateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.ExtractFingerTemplateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.ExtractFingerTemplateRequest();
                if (object.image != null)
                    if (object.image.length)
                        if (typeof object.image === "string")
                            $util.base64.decode(object.image, message.image = $util.newBuffer($util.base64.length(object.image)), 0);
                        else if (object.image.length >= 0)
                            message.image = object.image;
                if (object.raw != null)
                    if (object.raw.length)
                        if (typeof object.raw === "string")
                            $util.base64.decode(object.raw, message.raw = $util.newBuffer($util.base64.length(object.raw)), 0);
                        else if (object.raw.length >= 0)
                            message.raw = object.raw;
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.dpi != null)
                    if ($Number(object.dpi) !== 0)
                        message.dpi = object.dpi >>> 0;
                if (object.position != null)
                    if ($Number(object.position) !== 0)
                        message.position = object.position >>> 0;
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                return message;
            };

            /**
             * Creates a plain object from an ExtractFingerTemplateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateRequest} message ExtractFingerTemplateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtractFingerTemplateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.image = "";
                    else {
                        object.image = [];
                        if (options.bytes !== $Array)
                            object.image = $util.newBuffer(object.image);
                    }
                    if (options.bytes === $String)
                        object.raw = "";
                    else {
                        object.raw = [];
                        if (options.bytes !== $Array)
                            object.raw = $util.newBuffer(object.raw);
                    }
                    object.width = 0;
                    object.height = 0;
                    object.dpi = 0;
                    object.position = 0;
                    object.format = "";
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = options.bytes === $String ? $util.base64.encode(message.image, 0, message.image.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.image) : message.image;
                if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                    object.raw = options.bytes === $String ? $util.base64.encode(message.raw, 0, message.raw.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.raw) : message.raw;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.dpi != null && $Object.hasOwnProperty.call(message, "dpi"))
                    object.dpi = message.dpi;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = message.position;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                return object;
            };

            /**
             * Converts this ExtractFingerTemplateRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtractFingerTemplateRequest.prototype.toJSON = function() {
                return ExtractFingerTemplateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtractFingerTemplateRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.ExtractFingerTemplateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtractFingerTemplateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.ExtractFingerTemplateRequest";
            };

            return ExtractFingerTemplateRequest;
        })();

        v1.Minutia = (function() {

            /**
             * Properties of a Minutia.
             * @typedef {Object} sinhtrac.v1.Minutia.$Properties
             * @property {number} [x] Minutia x
             * @property {number} [y] Minutia y
             * @property {number} [angle_deg] Minutia angle_deg
             * @property {string} [type] Minutia type
             * @property {number} [quality] Minutia quality
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Minutia.
             * @memberof sinhtrac.v1
             * @interface IMinutia
             * @augments sinhtrac.v1.Minutia.$Properties
             * @deprecated Use sinhtrac.v1.Minutia.$Properties instead.
             */

            /**
             * Shape of a Minutia.
             * @typedef {sinhtrac.v1.Minutia.$Properties} sinhtrac.v1.Minutia.$Shape
             */

            /**
             * Constructs a new Minutia.
             * @memberof sinhtrac.v1
             * @classdesc Represents a Minutia.
             * @constructor
             * @param {sinhtrac.v1.Minutia.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Minutia = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Minutia x.
             * @member {number} x
             * @memberof sinhtrac.v1.Minutia
             * @instance
             */
            Minutia.prototype.x = 0;

            /**
             * Minutia y.
             * @member {number} y
             * @memberof sinhtrac.v1.Minutia
             * @instance
             */
            Minutia.prototype.y = 0;

            /**
             * Minutia angle_deg.
             * @member {number} angle_deg
             * @memberof sinhtrac.v1.Minutia
             * @instance
             */
            Minutia.prototype.angle_deg = 0;

            /**
             * Minutia type.
             * @member {string} type
             * @memberof sinhtrac.v1.Minutia
             * @instance
             */
            Minutia.prototype.type = "";

            /**
             * Minutia quality.
             * @member {number} quality
             * @memberof sinhtrac.v1.Minutia
             * @instance
             */
            Minutia.prototype.quality = 0;

            /**
             * Creates a new Minutia instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {sinhtrac.v1.Minutia.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.Minutia} Minutia instance
             * @type {{
             *   (properties: sinhtrac.v1.Minutia.$Shape): sinhtrac.v1.Minutia & sinhtrac.v1.Minutia.$Shape;
             *   (properties?: sinhtrac.v1.Minutia.$Properties): sinhtrac.v1.Minutia;
             * }}
             */
            Minutia.create = function(properties) {
                return new Minutia(properties);
            };

            /**
             * Encodes the specified Minutia message. Does not implicitly {@link sinhtrac.v1.Minutia.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {sinhtrac.v1.Minutia.$Properties} message Minutia message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Minutia.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && message.x !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && message.y !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.y);
                if (message.angle_deg != null && $Object.hasOwnProperty.call(message, "angle_deg") && !$Object.is(message.angle_deg, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.angle_deg);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.type);
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality") && message.quality !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.quality);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Minutia message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.Minutia & sinhtrac.v1.Minutia.$Shape} Minutia
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Minutia.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.Minutia();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.angle_deg = value;
                            else
                                delete message.angle_deg;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quality = value;
                            else
                                delete message.quality;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Minutia message.
             * @function verify
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Minutia.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    if (!$util.isInteger(message.x))
                        return "x: integer expected";
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    if (!$util.isInteger(message.y))
                        return "y: integer expected";
                if (message.angle_deg != null && $Object.hasOwnProperty.call(message, "angle_deg"))
                    if (typeof message.angle_deg !== "number")
                        return "angle_deg: number expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    if (!$util.isInteger(message.quality))
                        return "quality: integer expected";
                return null;
            };

            /**
             * Creates a Minutia message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.Minutia} Minutia
             */
            Minutia.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.Minutia)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.Minutia: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.Minutia();
                if (object.x != null)
                    if ($Number(object.x) !== 0)
                        message.x = object.x | 0;
                if (object.y != null)
                    if ($Number(object.y) !== 0)
                        message.y = object.y | 0;
                if (object.angle_deg != null)
                    if (!$Object.is($Number(object.angle_deg), 0))
                        message.angle_deg = $Number(object.angle_deg);
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.quality != null)
                    if ($Number(object.quality) !== 0)
                        message.quality = object.quality >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Minutia message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {sinhtrac.v1.Minutia} message Minutia
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Minutia.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.x = 0;
                    object.y = 0;
                    object.angle_deg = 0;
                    object.type = "";
                    object.quality = 0;
                }
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = message.y;
                if (message.angle_deg != null && $Object.hasOwnProperty.call(message, "angle_deg"))
                    object.angle_deg = options.json && !$isFinite(message.angle_deg) ? $String(message.angle_deg) : message.angle_deg;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    object.quality = message.quality;
                return object;
            };

            /**
             * Converts this Minutia to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.Minutia
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Minutia.prototype.toJSON = function() {
                return Minutia.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Minutia
             * @function getTypeUrl
             * @memberof sinhtrac.v1.Minutia
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Minutia.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.Minutia";
            };

            return Minutia;
        })();

        v1.ExtractFingerTemplateResponse = (function() {

            /**
             * Properties of an ExtractFingerTemplateResponse.
             * @typedef {Object} sinhtrac.v1.ExtractFingerTemplateResponse.$Properties
             * @property {Uint8Array} [template] ExtractFingerTemplateResponse template
             * @property {string} [format] ExtractFingerTemplateResponse format
             * @property {number} [quality] ExtractFingerTemplateResponse quality
             * @property {number} [minutiae_count] ExtractFingerTemplateResponse minutiae_count
             * @property {number} [width] ExtractFingerTemplateResponse width
             * @property {number} [height] ExtractFingerTemplateResponse height
             * @property {Array.<sinhtrac.v1.Minutia.$Properties>} [minutiae] ExtractFingerTemplateResponse minutiae
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtractFingerTemplateResponse.
             * @memberof sinhtrac.v1
             * @interface IExtractFingerTemplateResponse
             * @augments sinhtrac.v1.ExtractFingerTemplateResponse.$Properties
             * @deprecated Use sinhtrac.v1.ExtractFingerTemplateResponse.$Properties instead.
             */

            /**
             * Shape of an ExtractFingerTemplateResponse.
             * @typedef {sinhtrac.v1.ExtractFingerTemplateResponse.$Properties} sinhtrac.v1.ExtractFingerTemplateResponse.$Shape
             */

            /**
             * Constructs a new ExtractFingerTemplateResponse.
             * @memberof sinhtrac.v1
             * @classdesc Represents an ExtractFingerTemplateResponse.
             * @constructor
             * @param {sinhtrac.v1.ExtractFingerTemplateResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtractFingerTemplateResponse = function (properties) {
                this.minutiae = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtractFingerTemplateResponse template.
             * @member {Uint8Array} template
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.template = $util.newBuffer([]);

            /**
             * ExtractFingerTemplateResponse format.
             * @member {string} format
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.format = "";

            /**
             * ExtractFingerTemplateResponse quality.
             * @member {number} quality
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.quality = 0;

            /**
             * ExtractFingerTemplateResponse minutiae_count.
             * @member {number} minutiae_count
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.minutiae_count = 0;

            /**
             * ExtractFingerTemplateResponse width.
             * @member {number} width
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.width = 0;

            /**
             * ExtractFingerTemplateResponse height.
             * @member {number} height
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.height = 0;

            /**
             * ExtractFingerTemplateResponse minutiae.
             * @member {Array.<sinhtrac.v1.Minutia>} minutiae
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             */
            ExtractFingerTemplateResponse.prototype.minutiae = $util.emptyArray;

            /**
             * Creates a new ExtractFingerTemplateResponse instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateResponse.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.ExtractFingerTemplateResponse} ExtractFingerTemplateResponse instance
             * @type {{
             *   (properties: sinhtrac.v1.ExtractFingerTemplateResponse.$Shape): sinhtrac.v1.ExtractFingerTemplateResponse & sinhtrac.v1.ExtractFingerTemplateResponse.$Shape;
             *   (properties?: sinhtrac.v1.ExtractFingerTemplateResponse.$Properties): sinhtrac.v1.ExtractFingerTemplateResponse;
             * }}
             */
            ExtractFingerTemplateResponse.create = function(properties) {
                return new ExtractFingerTemplateResponse(properties);
            };

            /**
             * Encodes the specified ExtractFingerTemplateResponse message. Does not implicitly {@link sinhtrac.v1.ExtractFingerTemplateResponse.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateResponse.$Properties} message ExtractFingerTemplateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtractFingerTemplateResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.template != null && $Object.hasOwnProperty.call(message, "template") && message.template.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.template);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.format);
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality") && message.quality !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.quality);
                if (message.minutiae_count != null && $Object.hasOwnProperty.call(message, "minutiae_count") && message.minutiae_count !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.minutiae_count);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.height);
                if (message.minutiae != null && message.minutiae.length)
                    for (let i = 0; i < message.minutiae.length; ++i)
                        $root.sinhtrac.v1.Minutia.encode(message.minutiae[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtractFingerTemplateResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.ExtractFingerTemplateResponse & sinhtrac.v1.ExtractFingerTemplateResponse.$Shape} ExtractFingerTemplateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtractFingerTemplateResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.ExtractFingerTemplateResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.template = value;
                            else
                                delete message.template;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quality = value;
                            else
                                delete message.quality;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minutiae_count = value;
                            else
                                delete message.minutiae_count;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.minutiae && message.minutiae.length))
                                message.minutiae = [];
                            message.minutiae.push($root.sinhtrac.v1.Minutia.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExtractFingerTemplateResponse message.
             * @function verify
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtractFingerTemplateResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    if (!(message.template && typeof message.template.length === "number" || $util.isString(message.template)))
                        return "template: buffer expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    if (!$util.isInteger(message.quality))
                        return "quality: integer expected";
                if (message.minutiae_count != null && $Object.hasOwnProperty.call(message, "minutiae_count"))
                    if (!$util.isInteger(message.minutiae_count))
                        return "minutiae_count: integer expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.minutiae != null && $Object.hasOwnProperty.call(message, "minutiae")) {
                    if (!$Array.isArray(message.minutiae))
                        return "minutiae: array expected";
                    for (let i = 0; i < message.minutiae.length; ++i) {
                        let error = $root.sinhtrac.v1.Minutia.verify(message.minutiae[i], _depth + 1);
                        if (error)
                            return "minutiae." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an ExtractFingerTemplateResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.ExtractFingerTemplateResponse} ExtractFingerTemplateResponse
             */
            ExtractFingerTemplateResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.ExtractFingerTemplateResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.ExtractFingerTemplateResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.ExtractFingerTemplateResponse();
                if (object.template != null)
                    if (object.template.length)
                        if (typeof object.template === "string")
                            $util.base64.decode(object.template, message.template = $util.newBuffer($util.base64.length(object.template)), 0);
                        else if (object.template.length >= 0)
                            message.template = object.template;
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                if (object.quality != null)
                    if ($Number(object.quality) !== 0)
                        message.quality = object.quality >>> 0;
                if (object.minutiae_count != null)
                    if ($Number(object.minutiae_count) !== 0)
                        message.minutiae_count = object.minutiae_count >>> 0;
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.minutiae) {
                    if (!$Array.isArray(object.minutiae))
                        throw $TypeError(".sinhtrac.v1.ExtractFingerTemplateResponse.minutiae: array expected");
                    message.minutiae = $Array(object.minutiae.length);
                    for (let i = 0; i < object.minutiae.length; ++i) {
                        if (!$util.isObject(object.minutiae[i]))
                            throw $TypeError(".sinhtrac.v1.ExtractFingerTemplateResponse.minutiae: object expected");
                        message.minutiae[i] = $root.sinhtrac.v1.Minutia.fromObject(object.minutiae[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an ExtractFingerTemplateResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {sinhtrac.v1.ExtractFingerTemplateResponse} message ExtractFingerTemplateResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtractFingerTemplateResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.minutiae = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.template = "";
                    else {
                        object.template = [];
                        if (options.bytes !== $Array)
                            object.template = $util.newBuffer(object.template);
                    }
                    object.format = "";
                    object.quality = 0;
                    object.minutiae_count = 0;
                    object.width = 0;
                    object.height = 0;
                }
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    object.template = options.bytes === $String ? $util.base64.encode(message.template, 0, message.template.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.template) : message.template;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.quality != null && $Object.hasOwnProperty.call(message, "quality"))
                    object.quality = message.quality;
                if (message.minutiae_count != null && $Object.hasOwnProperty.call(message, "minutiae_count"))
                    object.minutiae_count = message.minutiae_count;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.minutiae && message.minutiae.length) {
                    object.minutiae = $Array(message.minutiae.length);
                    for (let j = 0; j < message.minutiae.length; ++j)
                        object.minutiae[j] = $root.sinhtrac.v1.Minutia.toObject(message.minutiae[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ExtractFingerTemplateResponse to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtractFingerTemplateResponse.prototype.toJSON = function() {
                return ExtractFingerTemplateResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtractFingerTemplateResponse
             * @function getTypeUrl
             * @memberof sinhtrac.v1.ExtractFingerTemplateResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtractFingerTemplateResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.ExtractFingerTemplateResponse";
            };

            return ExtractFingerTemplateResponse;
        })();

        v1.FingerScore = (function() {

            /**
             * Properties of a FingerScore.
             * @typedef {Object} sinhtrac.v1.FingerScore.$Properties
             * @property {number} [position] FingerScore position
             * @property {number} [score] FingerScore score
             * @property {boolean} [match] FingerScore match
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FingerScore.
             * @memberof sinhtrac.v1
             * @interface IFingerScore
             * @augments sinhtrac.v1.FingerScore.$Properties
             * @deprecated Use sinhtrac.v1.FingerScore.$Properties instead.
             */

            /**
             * Shape of a FingerScore.
             * @typedef {sinhtrac.v1.FingerScore.$Properties} sinhtrac.v1.FingerScore.$Shape
             */

            /**
             * Constructs a new FingerScore.
             * @memberof sinhtrac.v1
             * @classdesc Represents a FingerScore.
             * @constructor
             * @param {sinhtrac.v1.FingerScore.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FingerScore = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FingerScore position.
             * @member {number} position
             * @memberof sinhtrac.v1.FingerScore
             * @instance
             */
            FingerScore.prototype.position = 0;

            /**
             * FingerScore score.
             * @member {number} score
             * @memberof sinhtrac.v1.FingerScore
             * @instance
             */
            FingerScore.prototype.score = 0;

            /**
             * FingerScore match.
             * @member {boolean} match
             * @memberof sinhtrac.v1.FingerScore
             * @instance
             */
            FingerScore.prototype.match = false;

            /**
             * Creates a new FingerScore instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {sinhtrac.v1.FingerScore.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.FingerScore} FingerScore instance
             * @type {{
             *   (properties: sinhtrac.v1.FingerScore.$Shape): sinhtrac.v1.FingerScore & sinhtrac.v1.FingerScore.$Shape;
             *   (properties?: sinhtrac.v1.FingerScore.$Properties): sinhtrac.v1.FingerScore;
             * }}
             */
            FingerScore.create = function(properties) {
                return new FingerScore(properties);
            };

            /**
             * Encodes the specified FingerScore message. Does not implicitly {@link sinhtrac.v1.FingerScore.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {sinhtrac.v1.FingerScore.$Properties} message FingerScore message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FingerScore.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.position);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.score);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match") && message.match !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.match);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FingerScore message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.FingerScore & sinhtrac.v1.FingerScore.$Shape} FingerScore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FingerScore.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.FingerScore();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.match = value;
                            else
                                delete message.match;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a FingerScore message.
             * @function verify
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FingerScore.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position))
                        return "position: integer expected";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    if (typeof message.match !== "boolean")
                        return "match: boolean expected";
                return null;
            };

            /**
             * Creates a FingerScore message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.FingerScore} FingerScore
             */
            FingerScore.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.FingerScore)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.FingerScore: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.FingerScore();
                if (object.position != null)
                    if ($Number(object.position) !== 0)
                        message.position = object.position >>> 0;
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.match != null)
                    if (object.match)
                        message.match = $Boolean(object.match);
                return message;
            };

            /**
             * Creates a plain object from a FingerScore message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {sinhtrac.v1.FingerScore} message FingerScore
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FingerScore.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.position = 0;
                    object.score = 0;
                    object.match = false;
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = message.position;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    object.match = message.match;
                return object;
            };

            /**
             * Converts this FingerScore to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.FingerScore
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FingerScore.prototype.toJSON = function() {
                return FingerScore.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FingerScore
             * @function getTypeUrl
             * @memberof sinhtrac.v1.FingerScore
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FingerScore.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.FingerScore";
            };

            return FingerScore;
        })();

        v1.CompareFingersRequest = (function() {

            /**
             * Properties of a CompareFingersRequest.
             * @typedef {Object} sinhtrac.v1.CompareFingersRequest.$Properties
             * @property {Array.<sinhtrac.v1.FingerSample.$Properties>} [probe] CompareFingersRequest probe
             * @property {Array.<sinhtrac.v1.FingerSample.$Properties>} [reference] CompareFingersRequest reference
             * @property {number} [target_fmr] CompareFingersRequest target_fmr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompareFingersRequest.
             * @memberof sinhtrac.v1
             * @interface ICompareFingersRequest
             * @augments sinhtrac.v1.CompareFingersRequest.$Properties
             * @deprecated Use sinhtrac.v1.CompareFingersRequest.$Properties instead.
             */

            /**
             * Shape of a CompareFingersRequest.
             * @typedef {sinhtrac.v1.CompareFingersRequest.$Properties} sinhtrac.v1.CompareFingersRequest.$Shape
             */

            /**
             * Constructs a new CompareFingersRequest.
             * @memberof sinhtrac.v1
             * @classdesc Represents a CompareFingersRequest.
             * @constructor
             * @param {sinhtrac.v1.CompareFingersRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompareFingersRequest = function (properties) {
                this.probe = [];
                this.reference = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompareFingersRequest probe.
             * @member {Array.<sinhtrac.v1.FingerSample>} probe
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @instance
             */
            CompareFingersRequest.prototype.probe = $util.emptyArray;

            /**
             * CompareFingersRequest reference.
             * @member {Array.<sinhtrac.v1.FingerSample>} reference
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @instance
             */
            CompareFingersRequest.prototype.reference = $util.emptyArray;

            /**
             * CompareFingersRequest target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @instance
             */
            CompareFingersRequest.prototype.target_fmr = 0;

            /**
             * Creates a new CompareFingersRequest instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {sinhtrac.v1.CompareFingersRequest.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.CompareFingersRequest} CompareFingersRequest instance
             * @type {{
             *   (properties: sinhtrac.v1.CompareFingersRequest.$Shape): sinhtrac.v1.CompareFingersRequest & sinhtrac.v1.CompareFingersRequest.$Shape;
             *   (properties?: sinhtrac.v1.CompareFingersRequest.$Properties): sinhtrac.v1.CompareFingersRequest;
             * }}
             */
            CompareFingersRequest.create = function(properties) {
                return new CompareFingersRequest(properties);
            };

            /**
             * Encodes the specified CompareFingersRequest message. Does not implicitly {@link sinhtrac.v1.CompareFingersRequest.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {sinhtrac.v1.CompareFingersRequest.$Properties} message CompareFingersRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompareFingersRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.probe != null && message.probe.length)
                    for (let i = 0; i < message.probe.length; ++i)
                        $root.sinhtrac.v1.FingerSample.encode(message.probe[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.reference != null && message.reference.length)
                    for (let i = 0; i < message.reference.length; ++i)
                        $root.sinhtrac.v1.FingerSample.encode(message.reference[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.target_fmr);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompareFingersRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFingersRequest & sinhtrac.v1.CompareFingersRequest.$Shape} CompareFingersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompareFingersRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.CompareFingersRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.probe && message.probe.length))
                                message.probe = [];
                            message.probe.push($root.sinhtrac.v1.FingerSample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reference && message.reference.length))
                                message.reference = [];
                            message.reference.push($root.sinhtrac.v1.FingerSample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CompareFingersRequest message.
             * @function verify
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompareFingersRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe")) {
                    if (!$Array.isArray(message.probe))
                        return "probe: array expected";
                    for (let i = 0; i < message.probe.length; ++i) {
                        let error = $root.sinhtrac.v1.FingerSample.verify(message.probe[i], _depth + 1);
                        if (error)
                            return "probe." + error;
                    }
                }
                if (message.reference != null && $Object.hasOwnProperty.call(message, "reference")) {
                    if (!$Array.isArray(message.reference))
                        return "reference: array expected";
                    for (let i = 0; i < message.reference.length; ++i) {
                        let error = $root.sinhtrac.v1.FingerSample.verify(message.reference[i], _depth + 1);
                        if (error)
                            return "reference." + error;
                    }
                }
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                return null;
            };

            /**
             * Creates a CompareFingersRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.CompareFingersRequest} CompareFingersRequest
             */
            CompareFingersRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.CompareFingersRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.CompareFingersRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.CompareFingersRequest();
                if (object.probe) {
                    if (!$Array.isArray(object.probe))
                        throw $TypeError(".sinhtrac.v1.CompareFingersRequest.probe: array expected");
                    message.probe = $Array(object.probe.length);
                    for (let i = 0; i < object.probe.length; ++i) {
                        if (!$util.isObject(object.probe[i]))
                            throw $TypeError(".sinhtrac.v1.CompareFingersRequest.probe: object expected");
                        message.probe[i] = $root.sinhtrac.v1.FingerSample.fromObject(object.probe[i], _depth + 1);
                    }
                }
                if (object.reference) {
                    if (!$Array.isArray(object.reference))
                        throw $TypeError(".sinhtrac.v1.CompareFingersRequest.reference: array expected");
                    message.reference = $Array(object.reference.length);
                    for (let i = 0; i < object.reference.length; ++i) {
                        if (!$util.isObject(object.reference[i]))
                            throw $TypeError(".sinhtrac.v1.CompareFingersRequest.reference: object expected");
                        message.reference[i] = $root.sinhtrac.v1.FingerSample.fromObject(object.reference[i], _depth + 1);
                    }
                }
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                return message;
            };

            /**
             * Creates a plain object from a CompareFingersRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {sinhtrac.v1.CompareFingersRequest} message CompareFingersRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompareFingersRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.probe = [];
                    object.reference = [];
                }
                if (options.defaults)
                    object.target_fmr = 0;
                if (message.probe && message.probe.length) {
                    object.probe = $Array(message.probe.length);
                    for (let j = 0; j < message.probe.length; ++j)
                        object.probe[j] = $root.sinhtrac.v1.FingerSample.toObject(message.probe[j], options, _depth + 1);
                }
                if (message.reference && message.reference.length) {
                    object.reference = $Array(message.reference.length);
                    for (let j = 0; j < message.reference.length; ++j)
                        object.reference[j] = $root.sinhtrac.v1.FingerSample.toObject(message.reference[j], options, _depth + 1);
                }
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                return object;
            };

            /**
             * Converts this CompareFingersRequest to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompareFingersRequest.prototype.toJSON = function() {
                return CompareFingersRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CompareFingersRequest
             * @function getTypeUrl
             * @memberof sinhtrac.v1.CompareFingersRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CompareFingersRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.CompareFingersRequest";
            };

            return CompareFingersRequest;
        })();

        v1.CompareFingersResponse = (function() {

            /**
             * Properties of a CompareFingersResponse.
             * @typedef {Object} sinhtrac.v1.CompareFingersResponse.$Properties
             * @property {number} [score] CompareFingersResponse score
             * @property {boolean} [match] CompareFingersResponse match
             * @property {number} [threshold] CompareFingersResponse threshold
             * @property {number} [target_fmr] CompareFingersResponse target_fmr
             * @property {Array.<sinhtrac.v1.FingerScore.$Properties>} [fingers] CompareFingersResponse fingers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompareFingersResponse.
             * @memberof sinhtrac.v1
             * @interface ICompareFingersResponse
             * @augments sinhtrac.v1.CompareFingersResponse.$Properties
             * @deprecated Use sinhtrac.v1.CompareFingersResponse.$Properties instead.
             */

            /**
             * Shape of a CompareFingersResponse.
             * @typedef {sinhtrac.v1.CompareFingersResponse.$Properties} sinhtrac.v1.CompareFingersResponse.$Shape
             */

            /**
             * Constructs a new CompareFingersResponse.
             * @memberof sinhtrac.v1
             * @classdesc Represents a CompareFingersResponse.
             * @constructor
             * @param {sinhtrac.v1.CompareFingersResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompareFingersResponse = function (properties) {
                this.fingers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompareFingersResponse score.
             * @member {number} score
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             */
            CompareFingersResponse.prototype.score = 0;

            /**
             * CompareFingersResponse match.
             * @member {boolean} match
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             */
            CompareFingersResponse.prototype.match = false;

            /**
             * CompareFingersResponse threshold.
             * @member {number} threshold
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             */
            CompareFingersResponse.prototype.threshold = 0;

            /**
             * CompareFingersResponse target_fmr.
             * @member {number} target_fmr
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             */
            CompareFingersResponse.prototype.target_fmr = 0;

            /**
             * CompareFingersResponse fingers.
             * @member {Array.<sinhtrac.v1.FingerScore>} fingers
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             */
            CompareFingersResponse.prototype.fingers = $util.emptyArray;

            /**
             * Creates a new CompareFingersResponse instance using the specified properties.
             * @function create
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {sinhtrac.v1.CompareFingersResponse.$Properties=} [properties] Properties to set
             * @returns {sinhtrac.v1.CompareFingersResponse} CompareFingersResponse instance
             * @type {{
             *   (properties: sinhtrac.v1.CompareFingersResponse.$Shape): sinhtrac.v1.CompareFingersResponse & sinhtrac.v1.CompareFingersResponse.$Shape;
             *   (properties?: sinhtrac.v1.CompareFingersResponse.$Properties): sinhtrac.v1.CompareFingersResponse;
             * }}
             */
            CompareFingersResponse.create = function(properties) {
                return new CompareFingersResponse(properties);
            };

            /**
             * Encodes the specified CompareFingersResponse message. Does not implicitly {@link sinhtrac.v1.CompareFingersResponse.verify|verify} messages.
             * @function encode
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {sinhtrac.v1.CompareFingersResponse.$Properties} message CompareFingersResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompareFingersResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.score);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match") && message.match !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.match);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && !$Object.is(message.threshold, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.threshold);
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr") && !$Object.is(message.target_fmr, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.target_fmr);
                if (message.fingers != null && message.fingers.length)
                    for (let i = 0; i < message.fingers.length; ++i)
                        $root.sinhtrac.v1.FingerScore.encode(message.fingers[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompareFingersResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sinhtrac.v1.CompareFingersResponse & sinhtrac.v1.CompareFingersResponse.$Shape} CompareFingersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompareFingersResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sinhtrac.v1.CompareFingersResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.match = value;
                            else
                                delete message.match;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.target_fmr = value;
                            else
                                delete message.target_fmr;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fingers && message.fingers.length))
                                message.fingers = [];
                            message.fingers.push($root.sinhtrac.v1.FingerScore.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CompareFingersResponse message.
             * @function verify
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompareFingersResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    if (typeof message.match !== "boolean")
                        return "match: boolean expected";
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    if (typeof message.threshold !== "number")
                        return "threshold: number expected";
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    if (typeof message.target_fmr !== "number")
                        return "target_fmr: number expected";
                if (message.fingers != null && $Object.hasOwnProperty.call(message, "fingers")) {
                    if (!$Array.isArray(message.fingers))
                        return "fingers: array expected";
                    for (let i = 0; i < message.fingers.length; ++i) {
                        let error = $root.sinhtrac.v1.FingerScore.verify(message.fingers[i], _depth + 1);
                        if (error)
                            return "fingers." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a CompareFingersResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sinhtrac.v1.CompareFingersResponse} CompareFingersResponse
             */
            CompareFingersResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sinhtrac.v1.CompareFingersResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sinhtrac.v1.CompareFingersResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sinhtrac.v1.CompareFingersResponse();
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.match != null)
                    if (object.match)
                        message.match = $Boolean(object.match);
                if (object.threshold != null)
                    if (!$Object.is($Number(object.threshold), 0))
                        message.threshold = $Number(object.threshold);
                if (object.target_fmr != null)
                    if (!$Object.is($Number(object.target_fmr), 0))
                        message.target_fmr = $Number(object.target_fmr);
                if (object.fingers) {
                    if (!$Array.isArray(object.fingers))
                        throw $TypeError(".sinhtrac.v1.CompareFingersResponse.fingers: array expected");
                    message.fingers = $Array(object.fingers.length);
                    for (let i = 0; i < object.fingers.length; ++i) {
                        if (!$util.isObject(object.fingers[i]))
                            throw $TypeError(".sinhtrac.v1.CompareFingersResponse.fingers: object expected");
                        message.fingers[i] = $root.sinhtrac.v1.FingerScore.fromObject(object.fingers[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a CompareFingersResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {sinhtrac.v1.CompareFingersResponse} message CompareFingersResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompareFingersResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.fingers = [];
                if (options.defaults) {
                    object.score = 0;
                    object.match = false;
                    object.threshold = 0;
                    object.target_fmr = 0;
                }
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    object.match = message.match;
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    object.threshold = options.json && !$isFinite(message.threshold) ? $String(message.threshold) : message.threshold;
                if (message.target_fmr != null && $Object.hasOwnProperty.call(message, "target_fmr"))
                    object.target_fmr = options.json && !$isFinite(message.target_fmr) ? $String(message.target_fmr) : message.target_fmr;
                if (message.fingers && message.fingers.length) {
                    object.fingers = $Array(message.fingers.length);
                    for (let j = 0; j < message.fingers.length; ++j)
                        object.fingers[j] = $root.sinhtrac.v1.FingerScore.toObject(message.fingers[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this CompareFingersResponse to JSON.
             * @function toJSON
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompareFingersResponse.prototype.toJSON = function() {
                return CompareFingersResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CompareFingersResponse
             * @function getTypeUrl
             * @memberof sinhtrac.v1.CompareFingersResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CompareFingersResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sinhtrac.v1.CompareFingersResponse";
            };

            return CompareFingersResponse;
        })();

        return v1;
    })();

    return sinhtrac;
})();

export {
  $root as default
};
